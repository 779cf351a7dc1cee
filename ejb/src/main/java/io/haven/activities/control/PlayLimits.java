package io.haven.activities.control;

import io.haven.activities.boundary.ActivityBusy;
import io.haven.activities.boundary.PlayLimitReached;
import io.haven.activities.entity.PlayCounter;
import io.haven.activities.entity.PlayCounter.Kind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;

/**
 * Counts plays in {@link PlayCounter} rows, never in memory — the mall's {@code RedemptionLimits}
 * pattern for activities. Each count is one guarded update ({@code used + 1 <= limit}, exactly one
 * row changed) and the first row of a period is protected by the unique key, so no interleaving
 * of plays can count past a limit. Called with the member's points account locked, before the
 * prize row: that lock puts one member's plays in a row (so the day's count read back after the
 * update is this play's place in the day); a device shared by several members is held by its
 * row's guarded update and unique key. Bulk updates bypass {@code @TenantId}: the tenant
 * predicate is written by hand.
 */
@Dependent
public class PlayLimits {

  @PersistenceContext EntityManager em;

  /**
   * Counts one play of {@code subject} in the period starting at {@code periodStart}, or refuses
   * with {@link PlayLimitReached} when {@code limit} (-1 unlimited) is used up. Answers the count
   * including this play.
   */
  public int countOne(long tenantId, long activityId, Kind kind, String subject, Instant periodStart, int limit) {
    int changed =
        em.createQuery(
                "update PlayCounter c set c.used = c.used + 1, c.version = c.version + 1"
                    + " where c.tenantId = :t and c.activityId = :a and c.kind = :k and c.subject = :x and c.periodStart = :p"
                    + " and (:limit = -1 or c.used + 1 <= :limit)")
            .setParameter("t", tenantId)
            .setParameter("a", activityId)
            .setParameter("k", kind)
            .setParameter("x", subject)
            .setParameter("p", periodStart)
            .setParameter("limit", limit)
            .executeUpdate();
    if (changed == 1) {
      return kind == Kind.DAY ? used(tenantId, activityId, kind, subject, periodStart) : 0;
    }
    if (used(tenantId, activityId, kind, subject, periodStart) > 0) {
      throw new PlayLimitReached(kind, limit);
    }
    try {
      em.persist(new PlayCounter(activityId, kind, subject, periodStart, 1));
      em.flush();
    } catch (PersistenceException raced) {
      // two first plays of one device by two members: the unique key let one open the period
      throw new ActivityBusy("The play limit");
    }
    return 1;
  }

  /** The counter's value as committed now (read committed), or 0 for no row. */
  private int used(long tenantId, long activityId, Kind kind, String subject, Instant periodStart) {
    return em.createQuery(
            "select c.used from PlayCounter c where c.tenantId = :t and c.activityId = :a and c.kind = :k and c.subject = :x and c.periodStart = :p",
            Integer.class)
        .setParameter("t", tenantId)
        .setParameter("a", activityId)
        .setParameter("k", kind)
        .setParameter("x", subject)
        .setParameter("p", periodStart)
        .getResultStream()
        .findFirst()
        .orElse(0);
  }
}
