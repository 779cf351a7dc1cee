package io.haven.api.points;

import io.haven.points.boundary.LedgerEntryView;
import io.haven.points.entity.PointsSource;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a member's points ledger: positive for a credit, negative for a debit. */
@JsonbPropertyOrder({"id", "amount", "balanceAfter", "source", "reference", "reason", "at"})
@Schema(name = "LedgerEntry")
public record LedgerLine(
    @Schema(example = "981") long id,
    @Schema(example = "200") long amount,
    @Schema(example = "1200") long balanceAfter,
    // Spelled out: the document is built from this module alone, where the domain's enum is not
    // indexed (LedgerLineTest keeps the list equal to PointsSource's constants).
    @Schema(type = SchemaType.STRING, enumeration = {"MANUAL", "API", "TASK", "MALL_REDEMPTION", "ACTIVITY", "REFUND"}, example = "API")
        PointsSource source,
    @Schema(example = "order-2026-0001") String reference,
    @Schema(example = "Order 2026-0001 paid") String reason,
    Instant at) {

  static LedgerLine of(LedgerEntryView entry) {
    return new LedgerLine(entry.id(), entry.amount(), entry.balanceAfter(), entry.source(), entry.reference(), entry.reason(), entry.at());
  }
}
