package io.haven.api.points;

import io.haven.api.members.Texts;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.haven.api.problems.ProblemType;
import io.haven.api.problems.RequestRejected;
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
        // Whole: checked by the resource (wholeNumber()) before the Idempotency-Key is taken, not
        // by @Digits, whose pattern SmallRye would put on this integer in the document.
        @Schema(type = SchemaType.INTEGER, format = "int64", example = "200", minimum = "1", maximum = "100000000", required = true)
        BigDecimal amount,
    @NotBlank
        @Size(max = 200)
        @Pattern(regexp = Texts.PRINTABLE, message = Texts.PRINTABLE_MESSAGE)
        @Schema(description = "At least one visible character.", example = "Order 2026-0001 paid", minLength = 1, maxLength = 200, required = true, pattern = Texts.PRINTABLE_NOT_BLANK)
        String reason,
    @Size(max = 64)
        @Pattern(regexp = Texts.PRINTABLE, message = Texts.PRINTABLE_MESSAGE)
        @Schema(description = "The partner's own reference: points move once per reference.", example = "order-2026-0001", maxLength = 64, pattern = Texts.PRINTABLE)
        String reference) {

  /**
   * The amount as a whole number of points, or 400 naming {@code amount}: what
   * {@code @Digits(fraction = 0)} allowed, so 1e2 is 100 but 1.5 and 1.0 are refused (a fraction
   * written is a fraction meant). Called before the request runs, like Bean Validation.
   */
  long points() {
    if (amount.scale() > 0) {
      throw new RequestRejected(ProblemType.INVALID_INPUT, "amount", "amount: must be a whole number");
    }
    return amount.longValueExact();
  }
}
