package io.haven.storefront.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
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
    String incident = "urn:uuid:" + UUID.randomUUID();
    LOG.log(Level.SEVERE, "storefront incident " + incident + " on " + uri.getPath(), e);
    if (Surface.of(uri) == Surface.PAGE) {
      return answers.page("error", 500, Map.of());
    }
    return answers.problem(headers, 500, "server.error", null, "Something went wrong on our side", incident);
  }
}
