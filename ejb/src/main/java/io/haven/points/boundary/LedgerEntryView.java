package io.haven.points.boundary;

import io.haven.points.entity.LedgerEntry;
import io.haven.points.entity.PointsSource;
import java.time.Instant;

/** One ledger entry as members, operators and partners see it. */
public record LedgerEntryView(
    long id, long memberId, long amount, long balanceAfter, PointsSource source, String reference, String reason, String actor, Instant at) {

  static LedgerEntryView of(LedgerEntry e) {
    return new LedgerEntryView(
        e.getId(), e.getMemberId(), e.getAmount(), e.getBalanceAfter(), e.getSource(), e.getReference(), e.getReason(), e.getActor(), e.getAt());
  }
}
