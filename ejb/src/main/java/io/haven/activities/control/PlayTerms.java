package io.haven.activities.control;

import io.haven.activities.entity.ActivityStatus;
import io.haven.common.TenantNamedStatement;
import io.haven.inventory.entity.PeriodLimit;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Everything a play checks before it takes a lock, read in one statement (the mall's
 * {@code RedemptionTerms} for activities): the activity's status, window, prices and limits, its
 * seed (for the draw; it never leaves the engine), its title, the enterprise's time zone, and the member
 * (left-joined: absent when the id is not a member of this tenant). Plain values, not managed
 * entities. Every entity is constrained to the tenant by the query itself, so another tenant's
 * activity is simply not found.
 */
public record PlayTerms(
    long activityId,
    long productId,
    ActivityStatus status,
    String title,
    Instant startsAt,
    Instant endsAt,
    long pointsPerPlay,
    int freePlaysPerDay,
    int playsPerDay,
    PeriodLimit perUser,
    PeriodLimit perDevice,
    String noPrizeText,
    String seed,
    String timeZone,
    Long memberId,
    Long memberProductId) {

  public static Optional<PlayTerms> read(EntityManager em, long tenantId, long activityId, long memberId) {
    return TenantNamedStatement.run(
        em,
        () ->
            em.createQuery(
                    "select new io.haven.activities.control.PlayTerms("
                        + " a.id, a.productId, a.status, a.title, a.startsAt, a.endsAt, a.pointsPerPlay, a.freePlaysPerDay, a.playsPerDay,"
                        + " a.perUser, a.perDevice, a.noPrizeText, a.serverSeed, e.timeZone, m.id, m.productId)"
                        + " from Activity a join Enterprise e on e.id = a.tenantId"
                        + " left join Member m on m.id = :member and m.tenantId = :tenant"
                        + " where a.id = :activity and a.tenantId = :tenant",
                    PlayTerms.class)
                .setParameter("activity", activityId)
                .setParameter("member", memberId)
                .setParameter("tenant", tenantId)
                .getResultList()
                .stream()
                .findFirst());
  }

  /** The prizes' weights in their order, the no-prize outcome taking the rest. */
  public static Odds odds(EntityManager em, long tenantId, long activityId) {
    List<Odds.Weight> weights =
        TenantNamedStatement.run(
            em,
            () ->
                em.createQuery(
                        "select p.id, p.weightPpm from Prize p where p.activityId = :a and p.tenantId = :tenant order by p.sortOrder",
                        Object[].class)
                    .setParameter("a", activityId)
                    .setParameter("tenant", tenantId)
                    .getResultList()
                    .stream()
                    .map(row -> new Odds.Weight((Long) row[0], (Integer) row[1]))
                    .toList());
    return Odds.of(weights);
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public boolean isMemberOf(long product) {
    return memberId != null && memberProductId != null && memberProductId == product;
  }
}
