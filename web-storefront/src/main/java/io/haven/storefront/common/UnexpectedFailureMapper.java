package io.haven.storefront.common;

import io.haven.common.WriteConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything nobody foresaw: logged in full with an incident id, answered 500 with only that id, so
 * no stack trace or internal detail reaches the member.
 */
@Provider
@ApplicationScoped
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Inject FailureAnswers answers;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    // A write that lost to a parallel one at commit, outside every bean: "try again", not ours.
    Optional<WriteConflict> conflict = WriteConflict.causedBy(e);
    if (conflict.isPresent()) {
      LOG.log(Level.FINE, "write conflict answered 409 on " + uri.getPath(), e);
      return answers.answer(uri, headers, conflict.get().kind().status, conflict.get().code(), null, conflict.get().getMessage());
    }
    String incident = "urn:uuid:" + UUID.randomUUID();
    LOG.log(Level.SEVERE, "storefront incident " + incident + " on " + uri.getPath(), e);
    if (Surface.of(uri) == Surface.PAGE) {
      return answers.page("error", 500, Map.of());
    }
    return answers.problem(headers, 500, "server.error", null, "Something went wrong on our side", incident);
  }
}
