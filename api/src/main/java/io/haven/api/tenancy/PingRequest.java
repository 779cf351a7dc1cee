package io.haven.api.tenancy;

import io.haven.api.members.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed POST ping: proves a partner signs bodies the way the server checks them. */
@Schema(name = "PingRequest")
public record PingRequest(
    @NotBlank @Size(max = 500) @Schema(example = "hello from the partner", minLength = 1, maxLength = 500, pattern = Texts.NOT_BLANK) String message) {}
