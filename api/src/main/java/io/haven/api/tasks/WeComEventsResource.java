package io.haven.api.tasks;

import io.haven.api.idempotency.Idempotent;
import io.haven.api.idempotency.IdempotentRequest;
import io.haven.api.signature.ApiCaller;
import io.haven.common.InvalidInput;
import io.haven.tasks.boundary.CompletionView;
import io.haven.tasks.boundary.ContactEvent;
import io.haven.tasks.boundary.ContactEvents;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Events of the enterprise's WeCom integration (issue 17): "member added the service account" and
 * "member joined the group" complete the product's online task with the event's configuration id,
 * once per event and within the task's completions per cycle. Signed like every call; an
 * Idempotency-Key replays the first answer, and the event id itself is credited once whatever key
 * a redelivery carries.
 */
@Path("wecom-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "WeCom events", description = "Add-friend and join-group events that complete acquisition tasks")
public class WeComEventsResource {

  private static final String EXAMPLE =
      "{\"eventId\":\"wx-evt-20260101-0001\",\"type\":\"SERVICE_FRIEND_ADDED\",\"configurationId\":\"wecom-service-1\","
          + "\"memberId\":\"M-10086\",\"occurredAt\":\"2026-01-01T08:00:00Z\"}";

  @Inject ApiCaller caller;
  @Inject ContactEvents events;
  @Inject IdempotentRequest idempotent;

  @POST
  @Idempotent
  @Operation(
      operationId = "receiveWeComEvent",
      summary = "Report a WeCom add-friend or join-group event",
      description = "Completes the calling product's online task of the event's kind whose configuration id matches, for the"
          + " member, in the cycle of occurredAt. Needs an Idempotency-Key.")
  @Parameter(ref = "Idempotency-Key")
  @RequestBody(content = @Content(schema = @Schema(implementation = WeComEventRequest.class), examples = @ExampleObject(name = "event", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Credited", content = @Content(schema = @Schema(implementation = WeComEventAnswer.class)))
  @APIResponse(responseCode = "400", ref = "IdempotentBadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthenticated")
  @APIResponse(responseCode = "404", description = "No such member in this product", content = @Content(mediaType = "application/problem+json"))
  @APIResponse(responseCode = "409", description = "The event was credited already (task.alreadyCredited), the cycle's allowance"
      + " is used up (task.cycleFull), or the key is in flight", content = @Content(mediaType = "application/problem+json"))
  @APIResponse(responseCode = "422", description = "No online task of this kind has the configuration id"
      + " (task.contact.unknownConfiguration), the event lies outside the task's online window (task.contact.outsideWindow),"
      + " or the key was reused", content = @Content(mediaType = "application/problem+json"))
  @APIResponse(responseCode = "500", ref = "ServerError")
  public Response receive(@NotNull @Valid WeComEventRequest body) {
    ContactEvent event =
        new ContactEvent(ContactEvent.Type.valueOf(body.type()), body.configurationId(), body.eventId(), instant(body.occurredAt()));
    return idempotent.once(() -> {
      CompletionView credited = events.receive(caller.productId(), event, body.memberId());
      return Response.status(Response.Status.CREATED).entity(WeComEventAnswer.of(body.eventId(), body.memberId(), credited)).build();
    });
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          "occurredAt", "task.contact.occurredAt", "occurredAt must be an ISO-8601 date-time with offset, e.g. 2026-01-01T08:00:00Z");
    }
  }
}
