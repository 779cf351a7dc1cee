package io.haven.api.tasks;

import io.haven.api.members.Texts;
import io.haven.members.boundary.Members;
import io.haven.tasks.boundary.ContactEvents;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of the enterprise's WeCom integration: a member added the service account or joined the group. */
// additionalProperties false: StrictJson refuses a key this body has no property for (400
// invalid-input naming it), and the document says so.
@Schema(name = "WeComEvent", additionalProperties = Schema.False.class)
public record WeComEventRequest(
    @NotNull
        @Pattern(regexp = ContactEvents.EVENT_ID, message = "must be 1 to 58 characters of A-Z, a-z, 0-9 and _ . : @ -")
        @Schema(description = "The integration's id of the event: an event is credited once, however often it is delivered.",
            example = "wx-evt-20260101-0001", required = true, maxLength = 58, pattern = Texts.EVENT_ID)
        String eventId,
    @NotNull
        @Pattern(regexp = "SERVICE_FRIEND_ADDED|GROUP_JOINED", message = "must be SERVICE_FRIEND_ADDED or GROUP_JOINED")
        @Schema(description = "SERVICE_FRIEND_ADDED completes \"add the customer-service friend\" tasks, GROUP_JOINED \"join the group\" tasks.",
            example = "SERVICE_FRIEND_ADDED", required = true, enumeration = {"SERVICE_FRIEND_ADDED", "GROUP_JOINED"},
            pattern = Texts.CONTACT_EVENT_TYPE)
        String type,
    @NotNull
        @Size(min = 1, max = 64)
        @Pattern(regexp = Texts.PRINTABLE, message = Texts.PRINTABLE_MESSAGE)
        @Schema(description = "The configuration id set on the task in the console (the enterprise's WeCom set-up).",
            example = "wecom-service-1", required = true, maxLength = 64)
        String configurationId,
    @NotNull
        @Pattern(regexp = Members.EXTERNAL_ID, message = "must be 1 to 64 characters of A-Z, a-z, 0-9 and _ . : @ -")
        @Schema(description = "The enterprise's own member id.", example = "M-10086", required = true, maxLength = 64, pattern = Texts.MEMBER_ID)
        String memberId,
    @NotNull
        @Size(max = 40)
        @Schema(description = "When it happened (ISO-8601 with offset). Decides the cycle; must lie in the task's online window"
            + " and at most 5 minutes in the future.", example = "2026-01-01T08:00:00Z", format = "date-time", required = true)
        String occurredAt) {}
