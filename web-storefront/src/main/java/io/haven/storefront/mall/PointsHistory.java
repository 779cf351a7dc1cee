package io.haven.storefront.mall;

import io.haven.points.boundary.LedgerEntryView;
import java.time.Instant;
import java.util.List;

/** The member's balance and one page of their points ledger, newest first. */
public record PointsHistory(long balance, int page, int size, long total, List<Entry> items) {

  /** One ledger entry: signed amount, the balance after it, where it came from and why. */
  public record Entry(long id, long amount, long balanceAfter, String source, String reason, Instant at) {

    static Entry of(LedgerEntryView e) {
      return new Entry(e.id(), e.amount(), e.balanceAfter(), e.source().name(), e.reason(), e.at());
    }
  }
}
