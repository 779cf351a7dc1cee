package io.haven.api.problems;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every error the API answers, as RFC 9457 problem details ({@code application/problem+json}): a
 * stable {@code type} a partner's code can switch on, a short {@code title}, the HTTP
 * {@code status}, a {@code detail} for the person reading the partner's log, and for input errors
 * the fields that are wrong. Never a stack trace, never an exception's class name.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
@Schema(name = "Problem", description = "An error (RFC 9457 problem details).")
public record Problem(
    @Schema(
            description = "Stable identifier of the kind of problem: switch on it, not on detail. urn:haven:problem: and"
                + " unsigned, malformed-header, stale, bad-signature, replayed (401); malformed-json, invalid-input (400);"
                + " not-found (404); method-not-allowed (405, with an Allow header); not-acceptable (406);"
                + " payload-too-large (413); unsupported-media-type (415); server-error (500, the detail names an"
                + " incident); request.inFlight (409) and request.keyReused (422) for an Idempotency-Key; or the code"
                + " of a broken business rule, e.g. notFound (404), points.insufficient (409), points.duplicate (409),"
                + " memberTask.cycleFull (409), memberTask.offline (409), member.nickname.invalid (400).",
            example = "urn:haven:problem:stale",
            required = true)
        String type,
    @Schema(description = "Short summary of the kind of problem.", example = "Request timestamp is stale", required = true)
        String title,
    @Schema(description = "The HTTP status code.", example = "401", required = true) int status,
    @Schema(description = "What went wrong with this request.") String detail,
    @Schema(description = "For input errors: each wrong field and what is wrong with it.")
        List<FieldProblem> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  /** Problem types are URNs: stable names, not pages that would have to stay online. */
  public static final String TYPE_PREFIX = "urn:haven:problem:";

  public Problem {
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  /** One wrong input field. */
  @Schema(name = "FieldProblem")
  public record FieldProblem(
      @Schema(example = "message") String field, @Schema(example = "must not be blank") String message) {}
}
