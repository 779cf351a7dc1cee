package io.haven.storefront.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What JAX-RS itself refuses: unknown paths (404), wrong methods (405), bodies that are not JSON
 * (415), unacceptable Accept headers (406), unconvertible parameters (400). Answered like every
 * other failure instead of the container's HTML error page.
 */
@Provider
@ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

  @Inject FailureAnswers answers;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original.getStatus();
    if (status < 400 || original.hasEntity()) {
      return original; // a deliberate answer (redirect, prepared body): pass it on
    }
    if (status >= 500) {
      LOG.log(Level.SEVERE, "storefront request failed", e);
    }
    String code =
        switch (status) {
          case 404 -> "request.notFound";
          case 405 -> "request.methodNotAllowed";
          case 406 -> "request.notAcceptable";
          case 415 -> "request.mediaType";
          case 400 -> "request.invalid";
          default -> status >= 500 ? "server.error" : "request.failed";
        };
    Response answer = answers.answer(uri, headers, status, code, null, e.getMessage());
    String allow = original.getHeaderString("Allow");
    return allow == null ? answer : Response.fromResponse(answer).header("Allow", allow).build();
  }
}
