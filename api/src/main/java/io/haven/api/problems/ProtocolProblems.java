package io.haven.api.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the JAX-RS runtime refuses on its own: unknown path, wrong method, media types it cannot
 * read or write, an unreadable body. The runtime's exception messages name its internals and echo
 * URLs, so each status gets its own plain detail instead.
 */
@Provider
public class ProtocolProblems implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException refused) {
    Response original = refused.getResponse();
    int status = original.getStatus();
    return switch (status) {
      case 400 -> MalformedJson.detail(refused)
          .map(ProblemType.MALFORMED_JSON::problem)
          .orElseGet(() -> ProblemType.BAD_REQUEST.problem("The request could not be read"))
          .toResponse();
      case 404 -> ProblemType.NOT_FOUND.problem("There is no API resource at this path").toResponse();
      case 405 -> methodNotAllowed(original.getAllowedMethods());
      case 406 -> ProblemType.NOT_ACCEPTABLE
          .problem("This resource answers application/json (errors: application/problem+json)")
          .toResponse();
      case 413 -> ProblemType.PAYLOAD_TOO_LARGE.problem("The request body is too large").toResponse();
      case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE
          .problem("Send the body as application/json")
          .toResponse();
      default -> status >= 500 ? UnexpectedProblems.incident(refused) : other(original);
    };
  }

  private static Response methodNotAllowed(Set<String> allowed) {
    Set<String> methods = new TreeSet<>(allowed);
    String detail =
        methods.isEmpty()
            ? "This method is not allowed here"
            : "This method is not allowed here; allowed: " + String.join(", ", methods);
    Response response = ProblemType.METHOD_NOT_ALLOWED.problem(detail).toResponse();
    return methods.isEmpty()
        ? response
        : Response.fromResponse(response).header(HttpHeaders.ALLOW, String.join(", ", methods)).build();
  }

  private static Response other(Response original) {
    Response.StatusType status = original.getStatusInfo();
    String reason = status.getReasonPhrase() == null ? "Request refused" : status.getReasonPhrase();
    return new Problem("about:blank", reason, status.getStatusCode(), reason, null).toResponse();
  }
}
