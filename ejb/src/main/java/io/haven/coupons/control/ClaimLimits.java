package io.haven.coupons.control;

import io.haven.coupons.boundary.ClaimLimitReached;
import io.haven.coupons.boundary.CouponBusy;
import io.haven.coupons.entity.ClaimCounter;
import io.haven.coupons.entity.ClaimCounter.Kind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Counts claims in {@link ClaimCounter} rows, never in memory — the activities' {@code PlayLimits}
 * pattern for coupons. Each count is one guarded update ({@code used + 1 <= limit}, exactly one
 * row changed) and a subject's first row is protected by the unique key, so no interleaving of
 * claims counts past a limit. Called with the member's points account locked (one member's claims
 * queue), before the stock row. Bulk updates bypass {@code @TenantId}: the tenant predicate is
 * written by hand.
 */
@Dependent
public class ClaimLimits {

  @PersistenceContext EntityManager em;

  /** Counts one claim of {@code subject}, or refuses with {@link ClaimLimitReached} when {@code limit} (-1 unlimited) is used up. */
  public void countOne(long tenantId, long couponId, Kind kind, String subject, int limit) {
    int changed =
        em.createQuery(
                "update ClaimCounter c set c.used = c.used + 1, c.version = c.version + 1"
                    + " where c.tenantId = :t and c.couponId = :c and c.kind = :k and c.subject = :x"
                    + " and (:limit = -1 or c.used + 1 <= :limit)")
            .setParameter("t", tenantId)
            .setParameter("c", couponId)
            .setParameter("k", kind)
            .setParameter("x", subject)
            .setParameter("limit", limit)
            .executeUpdate();
    if (changed == 1) {
      return;
    }
    if (used(tenantId, couponId, kind, subject) > 0) {
      throw new ClaimLimitReached(kind, limit);
    }
    try {
      em.persist(new ClaimCounter(couponId, kind, subject, 1));
      em.flush();
    } catch (PersistenceException raced) {
      // two first claims of one device by two members: the unique key let one open the counter
      throw new CouponBusy("The claim limit");
    }
  }

  /** The counter's value as committed now (read committed), or 0 for no row. */
  public int used(long tenantId, long couponId, Kind kind, String subject) {
    return em.createQuery(
            "select c.used from ClaimCounter c where c.tenantId = :t and c.couponId = :c and c.kind = :k and c.subject = :x", Integer.class)
        .setParameter("t", tenantId)
        .setParameter("c", couponId)
        .setParameter("k", kind)
        .setParameter("x", subject)
        .getResultStream()
        .findFirst()
        .orElse(0);
  }
}
