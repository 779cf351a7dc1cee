package io.haven.coupons.boundary;

import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.coupons.entity.LookupFailures;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;

/**
 * The brute-force throttle of the verification counter: at most {@link #MAX_FAILURES} unknown codes
 * per verifier in a {@link #WINDOW} window, then look-ups are refused until it ends. A code has 99
 * bits, so guessing is hopeless anyway; the throttle keeps a stolen verifier account from trying.
 * Failures are counted in a transaction of their own ({@code REQUIRES_NEW}): the failed look-up's
 * own transaction rolls back with its "not found". A guarded update (or the unique key for a
 * window's first row) counts; nothing is kept in memory.
 */
@Stateless
public class CounterLookups {

  public static final int MAX_FAILURES = 20;
  public static final Duration WINDOW = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** Refuses when the verifier's failures of this window reached the limit. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void requireAllowed(long consoleUserId) {
    Instant window = windowStart(StoredTime.now());
    int failures = em.createQuery("select f.failures from LookupFailures f where f.consoleUserId = :u and f.windowStart = :w", Integer.class)
        .setParameter("u", consoleUserId)
        .setParameter("w", window)
        .getResultStream()
        .findFirst()
        .orElse(0);
    if (failures >= MAX_FAILURES) {
      throw new LookupsThrottled(Duration.between(StoredTime.now(), window.plus(WINDOW)).toSeconds());
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long consoleUserId) {
    long tenantId = tenant.tenantId();
    Instant window = windowStart(StoredTime.now());
    int changed = em.createQuery(
            "update LookupFailures f set f.failures = f.failures + 1, f.version = f.version + 1"
                + " where f.tenantId = :t and f.consoleUserId = :u and f.windowStart = :w")
        .setParameter("t", tenantId)
        .setParameter("u", consoleUserId)
        .setParameter("w", window)
        .executeUpdate();
    if (changed == 0) {
      try {
        em.persist(new LookupFailures(consoleUserId, window));
        em.flush();
      } catch (PersistenceException raced) {
        // another failure of the same verifier opened the window at the same moment: one counted is enough
      }
    }
  }

  static Instant windowStart(Instant now) {
    long w = WINDOW.toMillis();
    return Instant.ofEpochMilli(now.toEpochMilli() / w * w);
  }
}
