package io.haven.api.points;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a member's ledger, newest first. */
@JsonbPropertyOrder({"memberId", "page", "size", "total", "items"})
@Schema(name = "LedgerPage")
public record LedgerPage(
    @Schema(example = "M-10086") String memberId,
    @Schema(example = "0") int page,
    @Schema(example = "20") int size,
    @Schema(description = "Entries in the whole ledger.", example = "42") long total,
    List<LedgerLine> items) {}
