package io.haven.points.boundary;

import io.haven.common.StoredTime;
import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.Page;
import io.haven.common.TenantContext;
import io.haven.points.control.LedgerEntries;
import io.haven.points.control.PointsAccounts;
import io.haven.points.entity.LedgerEntry;
import io.haven.points.entity.PointsAccount;
import io.haven.points.entity.PointsSource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The only way points move (V2): credit and debit append an immutable ledger entry and change the
 * balance in one transaction, under the account's row lock. A debit never takes a balance below
 * zero; a (source, reference) pair moves points once.
 */
@Stateless
public class PointsLedger {

  public static final long MAX_AMOUNT = LedgerEntries.MAX_AMOUNT;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject PointsAccounts accounts;
  @Inject LedgerEntries entries;

  public LedgerEntryView credit(long memberId, long amount, PointsSource source, String reference, String reason) {
    return move(memberId, requireAmount(amount), source, reference, reason);
  }

  public LedgerEntryView debit(long memberId, long amount, PointsSource source, String reference, String reason) {
    return move(memberId, -requireAmount(amount), source, reference, reason);
  }

  public long balance(long memberId) {
    tenant.tenantId();
    return accounts.read(memberId).getBalance();
  }

  public Page<LedgerEntryView> history(long memberId, int first, int size) {
    tenant.tenantId();
    accounts.read(memberId);
    return ListQuery.of(em, LedgerEntry.class, "e")
        .when(memberId, "e.memberId = :m", "m")
        .page("e.id desc", first, size, LedgerEntryView::of);
  }

  private LedgerEntryView move(long memberId, long signedAmount, PointsSource source, String reference, String reason) {
    tenant.tenantId();
    String why = requireReason(reason);
    String ref = requireReference(reference);
    if (source == null) {
      throw new InvalidInput("source", "points.source.required", "Source is required");
    }
    PointsAccount account = accounts.lock(memberId);
    if (ref != null && alreadyApplied(account, source, ref)) {
      throw PointsRuleBroken.alreadyApplied(source.name(), ref);
    }
    if (account.getBalance() + signedAmount < 0) {
      throw PointsRuleBroken.insufficient(account.getBalance(), -signedAmount);
    }
    return append(account, signedAmount, source, ref, why);
  }

  private LedgerEntryView append(PointsAccount account, long signedAmount, PointsSource source, String ref, String why) {
    return LedgerEntryView.of(entries.append(account, signedAmount, source, ref, why));
  }

  private boolean alreadyApplied(PointsAccount account, PointsSource source, String reference) {
    return em.createQuery(
            "select count(e) from LedgerEntry e where e.accountId = :a and e.source = :s and e.reference = :r", Long.class)
        .setParameter("a", account.getId())
        .setParameter("s", source)
        .setParameter("r", reference)
        .getSingleResult() > 0;
  }

  private static long requireAmount(long amount) {
    return LedgerEntries.requireAmount(amount);
  }

  private static String requireReason(String reason) {
    return LedgerEntries.requireReason(reason);
  }

  private static String requireReference(String reference) {
    return LedgerEntries.requireReference(reference);
  }
}
