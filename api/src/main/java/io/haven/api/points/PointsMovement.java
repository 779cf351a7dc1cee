package io.haven.api.points;

import io.haven.api.members.Texts;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A credit or debit a partner asks for. */
// additionalProperties false: StrictJson refuses a key this body has no property for (400
// invalid-input naming it), and the document says so.
@Schema(name = "PointsMovement", additionalProperties = Schema.False.class)
public record PointsMovement(
    // A number as written, not a Long: JSON-B would quietly truncate 1.5 to 1 and wrap 1e30.
    @NotNull
        @DecimalMin("1")
        @DecimalMax("100000000")
        @Digits(integer = 9, fraction = 0, message = "must be a whole number")
        @Schema(type = SchemaType.INTEGER, example = "200", minimum = "1", maximum = "100000000", required = true)
        BigDecimal amount,
    @NotBlank
        @Size(max = 200)
        @Pattern(regexp = Texts.PRINTABLE, message = Texts.PRINTABLE_MESSAGE)
        @Schema(example = "Order 2026-0001 paid", maxLength = 200, required = true)
        String reason,
    @Size(max = 64)
        @Pattern(regexp = Texts.PRINTABLE, message = Texts.PRINTABLE_MESSAGE)
        @Schema(description = "The partner's own reference: points move once per reference.", example = "order-2026-0001", maxLength = 64)
        String reference) {

  /** Whole, and within the ledger's range, once the body was validated. */
  long points() {
    return amount.longValueExact();
  }
}
