package io.haven.api.members;

import io.haven.members.boundary.Members;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member as the enterprise knows them: created on first sync, updated after. */
// additionalProperties false: StrictJson refuses a key this body has no property for (400
// invalid-input naming it), and the document says so.
@Schema(name = "MemberSync", additionalProperties = Schema.False.class)
public record MemberSync(
    @NotNull
        @Pattern(regexp = Members.EXTERNAL_ID, message = "must be 1 to 64 characters of A-Z, a-z, 0-9 and _ . : @ -")
        @Schema(description = "The enterprise's own member id.", example = "M-10086", required = true, maxLength = 64, pattern = Texts.MEMBER_ID)
        String memberId,
    // No constraint of its own: a nickname is checked by the domain's one rule for names people
    // type (PersonName: no control characters, at least one visible one, at most 50), so the
    // partner gets the very refusal the storefront gives (400 member.nickname.invalid).
    @Schema(
            description =
                "Left as it is when absent; a new member is named by the member id. 1 to 50 characters with at least one"
                    + " visible one and no control characters; else 400 member.nickname.invalid.",
            example = "小王",
            maxLength = 50)
        String nickname,
    @Pattern(regexp = "\\+?[0-9]{6,15}", message = "must be 6 to 15 digits, optionally after a +")
        @Schema(example = "13800138000", pattern = Texts.PHONE)
        String phone,
    @Schema(description = "A past date after 1900.", example = "1990-05-20") LocalDate birthday,
    @Pattern(regexp = Members.EXTERNAL_ID, message = "must be 1 to 64 characters of A-Z, a-z, 0-9 and _ . : @ -")
        @Schema(
            description =
                "The member id of the member who invited this one. Counts only when this sync creates the member: it then"
                    + " completes the inviter's \"invite a new member\" tasks (once per new member, within their cycle"
                    + " allowance). Unknown in this product: 404 member.invitedBy.unknown; the member itself: 400"
                    + " member.invitedBy.self; nothing is written either way.",
            example = "M-10000",
            maxLength = 64,
            pattern = Texts.MEMBER_ID)
        String invitedBy) {}
