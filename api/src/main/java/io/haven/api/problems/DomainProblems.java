package io.haven.api.problems;

import io.haven.common.HavenException;
import io.haven.common.InvalidInputs;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A broken business rule, mapped once for the whole API: the status from its kind, the type from
 * its code (e.g. {@code urn:haven:problem:notFound}), the field it is about if any. The domain's
 * messages are written for people, so they are safe to pass on.
 */
@Provider
public class DomainProblems implements ExceptionMapper<HavenException> {

  @Override
  public Response toResponse(HavenException rule) {
    // Every broken field of the request (InvalidInputs), or the one the rule names.
    List<Problem.FieldProblem> errors =
        rule instanceof InvalidInputs many
            ? many.all().stream().map(e -> new Problem.FieldProblem(e.field(), e.getMessage())).toList()
            : rule.field() == null ? null : List.of(new Problem.FieldProblem(rule.field(), rule.getMessage()));
    Response answer =
        new Problem(Problem.TYPE_PREFIX + rule.code(), title(rule.kind()), rule.kind().status, rule.getMessage(), errors)
            .toResponse();
    return rule.retryAfterSeconds() > 0
        ? Response.fromResponse(answer).header("Retry-After", rule.retryAfterSeconds()).build()
        : answer;
  }

  static String title(HavenException.Kind kind) {
    return switch (kind) {
      case INVALID -> "Input is not valid";
      case UNAUTHORIZED -> "Not authorised";
      case FORBIDDEN -> "Forbidden";
      case NOT_FOUND -> "Not found";
      case CONFLICT -> "Conflict";
      case BUSY -> "Busy, try again";
      case UNPROCESSABLE -> "Cannot be processed";
      case THROTTLED -> "Too many attempts";
      case UNAVAILABLE -> "Temporarily unavailable";
    };
  }
}
