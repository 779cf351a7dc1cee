package io.haven.api.members;

import io.haven.members.boundary.Members;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's report that a member completed a member task (V4). */
// additionalProperties false: StrictJson refuses a key this body has no property for (400
// invalid-input naming it), and the document says so.
@Schema(name = "MemberTaskCompletion", additionalProperties = Schema.False.class)
public record CompletionRequest(
    @NotNull
        @Pattern(regexp = Members.EXTERNAL_ID, message = "must be 1 to 64 characters of A-Z, a-z, 0-9 and _ . : @ -")
        @Schema(description = "The enterprise's own member id.", example = "M-10086", required = true, maxLength = 64, pattern = Texts.MEMBER_ID)
        String memberId,
    // Text, parsed by the resource: a wrong date is then named as this field, not as a JSON shape.
    @Size(max = 40)
        @Schema(
            description = "When the member completed the task (ISO-8601 with offset); now when absent. Decides the cycle, in the"
                + " enterprise's time zone; at most 5 minutes in the future.",
            example = "2026-01-01T08:00:00Z",
            format = "date-time",
            maxLength = 40)
        String occurredAt,
    @Size(max = 64)
        @Pattern(regexp = Texts.PRINTABLE, message = Texts.PRINTABLE_MESSAGE)
        @Schema(description = "The partner's own reference, kept with the completion.", example = "order-2026-0001", maxLength = 64, pattern = Texts.PRINTABLE)
        String reference) {}
