package io.haven.points.control;

import io.haven.common.InvalidInput;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.points.boundary.PointsRuleBroken;
import io.haven.points.entity.LedgerEntry;
import io.haven.points.entity.PointsAccount;
import io.haven.points.entity.PointsSource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes a movement of points: the balance change on an account already locked by {@link
 * PointsAccounts#lock} and its immutable ledger entry, with the rules every movement keeps (amount,
 * reason, reference, never below zero). The {@code PointsLedger} boundary uses it for the
 * operators' and partners' movements; a hot path that has locked the account itself (a
 * redemption, a play) calls it inside its own transaction, without a second pass through the EJB
 * container's interceptors for a method that needs none of them.
 */
@Dependent
public class LedgerEntries {

  public static final long MAX_AMOUNT = 100_000_000L;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /**
   * Debits a locked account under a reference the caller has just made up (a new order number):
   * no lookup of earlier movements with it is needed — the unique key (account, source, reference)
   * still stands behind it.
   */
  public LedgerEntry debitLocked(PointsAccount locked, long amount, PointsSource source, String newReference, String reason) {
    long signed = -requireAmount(amount);
    if (locked.getBalance() + signed < 0) {
      throw PointsRuleBroken.insufficient(locked.getBalance(), amount);
    }
    return append(locked, signed, source, requireReference(newReference), requireReason(reason));
  }

  /**
   * Credits a locked account under a reference the caller has just made up — the counterpart of
   * {@link #debitLocked}, for a prize credited inside the play that locked the account.
   */
  public LedgerEntry creditLocked(PointsAccount locked, long amount, PointsSource source, String newReference, String reason) {
    return append(locked, requireAmount(amount), source, requireReference(newReference), requireReason(reason));
  }

  /** Applies a signed amount to a locked account and records it; the rules were checked by the caller. */
  public LedgerEntry append(PointsAccount account, long signedAmount, PointsSource source, String ref, String why) {
    long after = account.apply(signedAmount);
    LedgerEntry entry = new LedgerEntry(account, signedAmount, after, source, ref, why, tenant.actor(), StoredTime.now());
    em.persist(entry);
    return entry;
  }

  public static long requireAmount(long amount) {
    if (amount <= 0 || amount > MAX_AMOUNT) {
      throw new InvalidInput("amount", "points.amount.invalid", "Amount must be a whole number from 1 to " + MAX_AMOUNT);
    }
    return amount;
  }

  public static String requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
      throw new InvalidInput("reason", "points.reason.invalid", "Reason must be 1 to 200 characters");
    }
    return reason.strip();
  }

  /** A blank reference is none; a given one is at most 64 characters. */
  public static String requireReference(String reference) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    if (reference.strip().length() > 64) {
      throw new InvalidInput("reference", "points.reference.invalid", "Reference must be at most 64 characters");
    }
    return reference.strip();
  }
}
