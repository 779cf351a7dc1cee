package io.haven.api.tenancy;

import io.haven.api.members.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed POST ping: proves a partner signs bodies the way the server checks them. */
// additionalProperties false: StrictJson refuses a key this body has no property for (400
// invalid-input naming it), and the document says so.
@Schema(name = "PingRequest", additionalProperties = Schema.False.class)
public record PingRequest(
    @NotBlank @Size(max = 500) @Schema(example = "hello from the partner", minLength = 1, maxLength = 500, pattern = Texts.NOT_BLANK) String message) {}
