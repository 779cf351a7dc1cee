package io.haven.mall.control;

import io.haven.inventory.entity.PeriodLimit;
import io.haven.inventory.entity.SubInventory;
import io.haven.mall.boundary.Busy;
import io.haven.mall.boundary.LimitReached;
import io.haven.mall.entity.RedemptionCounter;
import io.haven.mall.entity.RedemptionCounter.Kind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Per-user and per-device redemption limits per period (R5), kept in {@link RedemptionCounter}
 * rows, never in memory. Counted before the stock row is locked (ARCHITECTURE: the member's own
 * rows first, the hot row last): the counting is guarded in SQL ({@code used + q <= limit},
 * exactly one row) and the first row of a period is protected by the unique key, so no
 * interleaving can count past a limit; the member's account lock, held by the caller, makes one
 * member's redemptions count one after the other. Bulk updates
 * bypass {@code @TenantId}: the tenant predicate is written by hand.
 */
@Dependent
public class RedemptionLimits {

  @PersistenceContext EntityManager em;

  /**
   * Counts {@code quantity} for the member and the device, or refuses with {@link LimitReached}.
   * Called with the member's points account locked (before the stock row): that lock puts one
   * member's redemptions in a row; a device shared by several members is held by its counter
   * row's guarded update and unique key.
   */
  public void count(
      long tenantId, long subInventoryId, PeriodLimit perUser, PeriodLimit perDevice, long memberId, String deviceId, int quantity,
      Instant at, ZoneId zone) {
    count(tenantId, subInventoryId, perUser, Kind.USER, String.valueOf(memberId), quantity, at, zone);
    if (deviceId != null) {
      count(tenantId, subInventoryId, perDevice, Kind.DEVICE, deviceId, quantity, at, zone);
    }
  }

  /** The same for a sub-inventory entity at hand. */
  public void count(long tenantId, SubInventory sub, long memberId, String deviceId, int quantity, Instant at, ZoneId zone) {
    count(tenantId, sub.getId(), sub.getPerUser(), sub.getPerDevice(), memberId, deviceId, quantity, at, zone);
  }

  /** Gives back what a released redemption counted (in the period it was made in). */
  public void release(long tenantId, SubInventory sub, long memberId, String deviceId, int quantity, Instant madeAt, ZoneId zone) {
    release(tenantId, sub.getId(), sub.getPerUser(), Kind.USER, String.valueOf(memberId), quantity, madeAt, zone);
    if (deviceId != null) {
      release(tenantId, sub.getId(), sub.getPerDevice(), Kind.DEVICE, deviceId, quantity, madeAt, zone);
    }
  }

  private void count(long tenantId, long subId, PeriodLimit limit, Kind kind, String subject, int quantity, Instant at, ZoneId zone) {
    if (limit == null || limit.isUnlimited()) {
      return;
    }
    Instant period = limit.getPeriod().startAt(at, zone);
    int changed =
        em.createQuery(
                "update RedemptionCounter c set c.used = c.used + :q, c.version = c.version + 1"
                    + " where c.tenantId = :t and c.subInventoryId = :s and c.kind = :k and c.subject = :x"
                    + " and c.periodStart = :p and c.used + :q <= :limit")
            .setParameter("q", quantity)
            .setParameter("t", tenantId)
            .setParameter("s", subId)
            .setParameter("k", kind)
            .setParameter("x", subject)
            .setParameter("p", period)
            .setParameter("limit", limit.getCount())
            .executeUpdate();
    if (changed == 1) {
      return;
    }
    boolean exists =
        em.createQuery(
                "select count(c) from RedemptionCounter c where c.subInventoryId = :s and c.kind = :k and c.subject = :x and c.periodStart = :p",
                Long.class)
            .setParameter("s", subId)
            .setParameter("k", kind)
            .setParameter("x", subject)
            .setParameter("p", period)
            .getSingleResult() > 0;
    if (exists || quantity > limit.getCount()) {
      throw new LimitReached(kind == Kind.USER ? LimitReached.Limit.USER : LimitReached.Limit.DEVICE, limit.getCount());
    }
    try {
      em.persist(new RedemptionCounter(subId, kind, subject, period, quantity));
      em.flush();
    } catch (PersistenceException raced) {
      // only reachable without the stock lock: another transaction opened the same period's row
      throw new Busy("The redemption limit");
    }
  }

  private void release(long tenantId, long subId, PeriodLimit limit, Kind kind, String subject, int quantity, Instant madeAt, ZoneId zone) {
    if (limit == null || limit.isUnlimited()) {
      return;
    }
    em.createQuery(
            "update RedemptionCounter c set c.used = c.used - :q, c.version = c.version + 1"
                + " where c.tenantId = :t and c.subInventoryId = :s and c.kind = :k and c.subject = :x"
                + " and c.periodStart = :p and c.used >= :q")
        .setParameter("q", quantity)
        .setParameter("t", tenantId)
        .setParameter("s", subId)
        .setParameter("k", kind)
        .setParameter("x", subject)
        .setParameter("p", limit.getPeriod().startAt(madeAt, zone))
        .executeUpdate();
  }
}
