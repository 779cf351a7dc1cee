package io.haven.points.boundary;

import io.haven.common.StoredTime;
import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.Page;
import io.haven.common.TenantContext;
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

  public static final long MAX_AMOUNT = 100_000_000L;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject PointsAccounts accounts;

  public LedgerEntryView credit(long memberId, long amount, PointsSource source, String reference, String reason) {
    return move(memberId, requireAmount(amount), source, reference, reason);
  }

  public LedgerEntryView debit(long memberId, long amount, PointsSource source, String reference, String reason) {
    return move(memberId, -requireAmount(amount), source, reference, reason);
  }

  /**
   * Debits an account the caller has already locked ({@link PointsAccounts#lock}), under a
   * reference the caller has just made up (a new order number): no lookup of earlier movements
   * with that reference is needed — the unique key (account, source, reference) still stands
   * behind it. For hot paths that lock the account as their first step.
   */
  public LedgerEntryView debitLocked(PointsAccount locked, long amount, PointsSource source, String newReference, String reason) {
    long signed = -requireAmount(amount);
    if (locked.getBalance() + signed < 0) {
      throw PointsRuleBroken.insufficient(locked.getBalance(), amount);
    }
    return append(locked, signed, source, requireReference(newReference), requireReason(reason));
  }

  /**
   * Credits an account the caller has already locked, under a reference the caller has just made
   * up — {@link #debitLocked}'s counterpart, for a prize credited inside the play that locked the
   * account. The unique key (account, source, reference) still stands behind it.
   */
  public LedgerEntryView creditLocked(PointsAccount locked, long amount, PointsSource source, String newReference, String reason) {
    return append(locked, requireAmount(amount), source, requireReference(newReference), requireReason(reason));
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
    long after = account.apply(signedAmount);
    LedgerEntry entry = new LedgerEntry(account, signedAmount, after, source, ref, why, tenant.actor(), StoredTime.now());
    em.persist(entry);
    return LedgerEntryView.of(entry);
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
    if (amount <= 0 || amount > MAX_AMOUNT) {
      throw new InvalidInput("amount", "points.amount.invalid", "Amount must be a whole number from 1 to " + MAX_AMOUNT);
    }
    return amount;
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
      throw new InvalidInput("reason", "points.reason.invalid", "Reason must be 1 to 200 characters");
    }
    return reason.strip();
  }

  private static String requireReference(String reference) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    if (reference.strip().length() > 64) {
      throw new InvalidInput("reference", "points.reference.invalid", "Reference must be at most 64 characters");
    }
    return reference.strip();
  }
}
