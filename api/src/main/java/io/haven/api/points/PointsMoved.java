package io.haven.api.points;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a credit or debit: the new ledger entry and the member's balance after it. */
@JsonbPropertyOrder({"memberId", "entry", "balance"})
@Schema(name = "PointsMoved")
public record PointsMoved(@Schema(example = "M-10086") String memberId, LedgerLine entry, @Schema(example = "1200") long balance) {}
