package io.haven.api.members;

import io.haven.api.idempotency.Idempotent;
import io.haven.api.idempotency.IdempotentRequest;
import io.haven.api.problems.Problem;
import io.haven.api.signature.ApiCaller;
import io.haven.common.InvalidInput;
import io.haven.members.boundary.MemberTasks;
import io.haven.members.boundary.TaskCompletion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Member-task completions (V4): the enterprise judges that a member completed one of the product's
 * member tasks and posts it; Haven adds the task's growth value within the cycle's allowance and
 * answers the member's growth value and level.
 */
@Path("member-tasks/{taskCode}/completions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Member tasks", description = "Completions of member tasks: growth value and level")
public class MemberTaskCompletionsResource {

  @Inject ApiCaller caller;
  @Inject MemberTasks tasks;
  @Inject IdempotentRequest idempotent;

  @PathParam("taskCode")
  @Parameter(in = ParameterIn.PATH, description = "The member task's code, as set in the console", example = "first-order")
  String taskCode;

  @POST
  @Idempotent
  @Operation(
      operationId = "completeMemberTask",
      summary = "Report a member-task completion",
      description = "Adds the task's growth value to the member, at most the task's completions per cycle (cycles in the"
          + " enterprise's time zone), while the task is online and inside its online window. Needs an Idempotency-Key.")
  @Parameter(ref = "Idempotency-Key")
  @RequestBody(content = @Content(schema = @Schema(implementation = CompletionRequest.class), examples = @ExampleObject(name = "completion", value = MemberExamples.COMPLETION)))
  @APIResponse(responseCode = "201", description = "Recorded; the member's growth value and level after it",
      content = @Content(schema = @Schema(implementation = CompletionAnswer.class), examples = @ExampleObject(name = "completed", value = MemberExamples.COMPLETED)))
  @APIResponse(responseCode = "400", ref = "IdempotentBadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthenticated")
  @APIResponse(responseCode = "404", description = "No such member or member task in this product",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
          @ExampleObject(name = "member", value = MemberExamples.NOT_FOUND),
          @ExampleObject(name = "task", value = MemberExamples.TASK_NOT_FOUND)}))
  @APIResponse(responseCode = "409", description = "The cycle's allowance is used up (the problem names the limit), the task is"
      + " offline or outside its window, or the key is still in flight",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
          @ExampleObject(name = "memberTask.cycleFull", value = MemberExamples.CYCLE_FULL),
          @ExampleObject(name = "memberTask.offline", value = MemberExamples.TASK_OFFLINE)}))
  @APIResponse(responseCode = "422", ref = "KeyReused")
  @APIResponse(responseCode = "406", ref = "NotAcceptable")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "500", ref = "ServerError")
  public Response complete(@NotNull @Valid CompletionRequest body) {
    Instant occurredAt = instant(body.occurredAt());
    return idempotent.once(() -> {
      TaskCompletion done = tasks.complete(caller.productId(), body.memberId(), taskCode, occurredAt, body.reference());
      return Response.status(Response.Status.CREATED).entity(CompletionAnswer.of(body.memberId(), done)).build();
    });
  }

  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      Instant at = OffsetDateTime.parse(text).toInstant();
      if (at.isBefore(Instant.parse("2000-01-01T00:00:00Z"))) {
        throw new InvalidInput("occurredAt", "memberTask.occurredAt.invalid", "occurredAt must not lie before the year 2000");
      }
      return at;
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          "occurredAt", "memberTask.occurredAt.invalid", "occurredAt must be an ISO-8601 date-time with offset, e.g. 2026-01-01T08:00:00Z");
    }
  }
}
