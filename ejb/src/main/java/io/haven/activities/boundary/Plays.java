package io.haven.activities.boundary;

import io.haven.activities.control.FairDraw;
import io.haven.activities.control.Odds;
import io.haven.activities.control.PlayLimits;
import io.haven.activities.control.PlayTerms;
import io.haven.activities.control.PrizeAwards;
import io.haven.activities.control.PrizeStock;
import io.haven.activities.entity.ActivityStatus;
import io.haven.activities.entity.Play;
import io.haven.activities.entity.PlayStatus;
import io.haven.activities.entity.PlayCounter.Kind;
import io.haven.activities.entity.Prize;
import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.common.TenantNamedStatement;
import io.haven.inventory.entity.AwardConfig;
import io.haven.inventory.entity.LimitPeriod;
import io.haven.inventory.entity.PeriodLimit;
import io.haven.mall.boundary.ShippingAddress;
import io.haven.points.control.LedgerEntries;
import io.haven.points.control.PointsAccounts;
import io.haven.points.entity.PointsAccount;
import io.haven.points.entity.PointsSource;
import io.haven.tasks.entity.LotteryJoined;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;

/**
 * A member plays an activity (A1, A2) — one play, one transaction, in the order ARCHITECTURE
 * § Stock, points and locks asks for, the contended row last:
 *
 * <ol>
 *   <li>without any lock, one read ({@link PlayTerms}): the activity (online, within start and
 *       end), the member, the time zone; then the prizes' weights ({@link Odds}) — every refusal
 *       that needs no lock happens here;
 *   <li>the member's own rows: the points account lock (so one member's plays run one after the
 *       other), the day's counter (free plays first, then plays per day), the per-account and
 *       per-device counters (guarded rows, {@link PlayLimits}), the play number, the debit of the
 *       points per play with its ledger entry (source ACTIVITY) — all sent to the database now;
 *   <li>the draw ({@link FairDraw}: from the committed seed and the play's number, nothing else);
 *       a no-prize draw is written and done, no prize row touched;
 *   <li>a prize draw locks the prize's stock row ({@link PrizeStock}, answering "busy" after its
 *       time-out), and takes a unit by the guarded decrement. None left (or the day's pacing cap
 *       reached) → the play is the no-prize outcome, never a phantom win; otherwise the award
 *       ({@link PrizeAwards}) and the play row; then the commit.
 * </ol>
 *
 * Any refusal rolls the whole transaction back, so nothing is half-taken. After the commit the
 * "join a lottery" task hears of the play ({@link LotteryJoined}, keyed by the play id, so one play
 * credits the task at most once).
 */
@Stateless
public class Plays {

  public static final int DEVICE_MAX = 64;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject PointsAccounts accounts;
  @Inject LedgerEntries ledger;
  @Inject PlayLimits limits;
  @Inject PrizeStock stock;
  @Inject PrizeAwards awards;
  @Inject Event<LotteryJoined> joined;

  public PlayView play(long productId, long activityId, long memberId, String deviceId) {
    long tenantId = tenant.tenantId();
    Instant now = StoredTime.now();
    String device = deviceId == null || deviceId.isBlank() ? null : deviceId.strip();
    if (device != null && device.length() > DEVICE_MAX) {
      throw new InvalidInput("deviceId", "activity.play.device.invalid", "Device id must be at most " + DEVICE_MAX + " characters");
    }

    // 1. everything that needs no lock
    PlayTerms t = PlayTerms.read(em, tenantId, activityId, memberId)
        .filter(terms -> terms.productId() == productId && terms.status() != ActivityStatus.DRAFT)
        .orElseThrow(() -> new NotFound("Activity", activityId));
    if (t.status() != ActivityStatus.ONLINE) {
      throw ActivityClosed.offline(activityId);
    }
    if (now.isBefore(t.startsAt())) {
      throw ActivityClosed.notStarted(t.startsAt());
    }
    if (!now.isBefore(t.endsAt())) {
      throw ActivityClosed.ended(t.endsAt());
    }
    if (!t.isMemberOf(productId)) {
      throw new NotFound("Member", memberId);
    }
    if (device == null && !t.perDevice().isUnlimited()) {
      throw new InvalidInput("deviceId", "activity.play.device.required", "This activity is limited per device: the device id is required");
    }
    Odds odds = PlayTerms.odds(em, tenantId, activityId);
    ZoneId zone = t.zone();

    // 2. the member's own rows: account lock, counters, play number, debit
    PointsAccount account = accounts.lock(memberId);
    String member = String.valueOf(memberId);
    int playsToday = limits.countOne(tenantId, activityId, Kind.DAY, member, LimitPeriod.DAY.startAt(now, zone), t.playsPerDay());
    count(tenantId, activityId, Kind.USER, member, t.perUser(), now, zone);
    if (device != null) {
      count(tenantId, activityId, Kind.DEVICE, device, t.perDevice(), now, zone);
    }
    boolean free = playsToday <= t.freePlaysPerDay();
    long price = free ? 0 : t.pointsPerPlay();
    long playNumber = nextPlayNumber(tenantId, activityId, memberId);
    String reference = "play:" + activityId + ":" + memberId + ":" + playNumber;
    if (price > 0) {
      ledger.debitLocked(account, price, PointsSource.ACTIVITY, reference, "Played " + truncate(t.title(), 150));
    }

    // 3. the draw: the committed seed and the play's number decide, nothing else
    int number = FairDraw.draw(t.seed(), activityId, memberId, playNumber);
    OptionalLong drawn = odds.prizeFor(number);
    Play play = new Play(activityId, productId, memberId, playNumber, device, number, drawn.isPresent() ? drawn.getAsLong() : null, free, price, now);

    // 4. a prize: its stock row last — lock, guarded decrement, award
    if (drawn.isPresent()) {
      long prizeId = drawn.getAsLong();
      AwardConfig award = awardOf(tenantId, prizeId);
      em.flush(); // the member's side goes out now, not at commit inside the prize lock
      LocalDate day = now.atZone(zone).toLocalDate();
      Prize prize = stock.lock(prizeId);
      if (prize != null && prize.getRemaining() >= 1 && prize.pacingAllows(day) && stock.takeOne(prizeId, day)) {
        awards.give(play, prize, award, account, "prize:" + activityId + ":" + memberId + ":" + playNumber);
      }
    }
    em.persist(play);
    em.flush();
    joined.fire(new LotteryJoined(tenantId, productId, memberId, activityId, play.getId()));
    return PlayView.of(play, t.noPrizeText());
  }

  /** The member's plays of the activity, newest first; another member's or tenant's are not there. */
  public List<PlayView> mine(long productId, long activityId, long memberId, int max) {
    tenant.tenantId();
    String noPrize =
        em.createQuery("select a.noPrizeText from Activity a where a.id = :a and a.productId = :p", String.class)
            .setParameter("a", activityId)
            .setParameter("p", productId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFound("Activity", activityId));
    return em.createQuery("select p from Play p where p.activityId = :a and p.memberId = :m order by p.playNumber desc", Play.class)
        .setParameter("a", activityId)
        .setParameter("m", memberId)
        .setMaxResults(Math.max(1, Math.min(max, 500)))
        .getResultStream()
        .map(p -> PlayView.of(p, noPrize))
        .toList();
  }

  /**
   * The member's prizes across the product's activities, newest first, with what each awaits (an
   * address, shipment) and how it was shipped; another member's or tenant's are not there.
   */
  public List<PlayView> myPrizes(long productId, long memberId, int max) {
    tenant.tenantId();
    return em.createQuery("select p from Play p where p.productId = :p and p.memberId = :m and p.prizeId is not null order by p.id desc", Play.class)
        .setParameter("p", productId)
        .setParameter("m", memberId)
        .setMaxResults(Math.max(1, Math.min(max, 500)))
        .getResultStream()
        .map(p -> PlayView.of(p, null))
        .toList();
  }

  /**
   * How many more times the member may play the activity today (plays per day minus today's count
   * in its guarded counter), or -1 when the day is unlimited; another product's activity is not found.
   */
  public int playsLeftToday(long productId, long activityId, long memberId) {
    long tenantId = tenant.tenantId();
    PlayTerms t = PlayTerms.read(em, tenantId, activityId, memberId)
        .filter(terms -> terms.productId() == productId && terms.status() != ActivityStatus.DRAFT)
        .orElseThrow(() -> new NotFound("Activity", activityId));
    if (t.playsPerDay() == -1) {
      return -1;
    }
    Instant dayStart = LimitPeriod.DAY.startAt(StoredTime.now(), t.zone());
    int used = em.createQuery(
            "select c.used from PlayCounter c where c.activityId = :a and c.kind = :k and c.subject = :x and c.periodStart = :p", Integer.class)
        .setParameter("a", activityId)
        .setParameter("k", Kind.DAY)
        .setParameter("x", String.valueOf(memberId))
        .setParameter("p", dayStart)
        .getResultStream()
        .findFirst()
        .orElse(0);
    return Math.max(0, t.playsPerDay() - used);
  }

  /** The winner gives (or corrects, until shipped) the address of a physical prize. */
  public PlayView giveAddress(long productId, long memberId, long playId, ShippingAddress address) {
    tenant.tenantId();
    Play p = em.find(Play.class, playId);
    if (p == null || p.getProductId() != productId || p.getMemberId() != memberId) {
      throw new NotFound("Play", playId);
    }
    if (p.getStatus() != PlayStatus.AWAITING_ADDRESS && p.getStatus() != PlayStatus.AWAITING_SHIPMENT) {
      throw ActivityRuleBroken.notWaitingForAddress(p.getStatus().name());
    }
    if (address == null || address.recipient() == null || address.recipient().isBlank() || address.recipient().strip().length() > Play.RECIPIENT_MAX) {
      throw new InvalidInput("recipient", "mall.address.recipient.invalid", "Recipient must be 1 to " + Play.RECIPIENT_MAX + " characters");
    }
    if (address.phone() == null || !address.phone().strip().matches("\\+?[0-9][0-9 -]{5,18}")) {
      throw new InvalidInput("phone", "mall.address.phone.invalid", "Enter a phone number");
    }
    if (address.address() == null || address.address().isBlank() || address.address().strip().length() > Play.ADDRESS_MAX) {
      throw new InvalidInput("address", "mall.address.address.invalid", "Address must be 1 to " + Play.ADDRESS_MAX + " characters");
    }
    p.giveAddress(address.recipient().strip(), address.phone().strip(), address.address().strip());
    em.flush();
    return PlayView.of(p, null);
  }

  private void count(long tenantId, long activityId, Kind kind, String subject, PeriodLimit limit, Instant now, ZoneId zone) {
    if (!limit.isUnlimited()) {
      limits.countOne(tenantId, activityId, kind, subject, limit.getPeriod().startAt(now, zone), limit.getCount());
    }
  }

  /**
   * The member's next play number: read under the member's account lock (read committed), so two
   * plays of one member cannot take the same number; the unique key (activity, member, number)
   * stands behind it.
   */
  private long nextPlayNumber(long tenantId, long activityId, long memberId) {
    Long last =
        TenantNamedStatement.run(
            em,
            () ->
                em.createQuery("select max(p.playNumber) from Play p where p.tenantId = :t and p.activityId = :a and p.memberId = :m", Long.class)
                    .setParameter("t", tenantId)
                    .setParameter("a", activityId)
                    .setParameter("m", memberId)
                    .getSingleResult());
    return last == null ? 1 : last + 1;
  }

  /** The drawn prize's award configuration (its sub-inventory's), read before the prize row is locked. */
  private AwardConfig awardOf(long tenantId, long prizeId) {
    // an award with every column null (PHYSICAL) comes back as a null element: not a stream's findFirst
    List<AwardConfig> found = TenantNamedStatement.run(
        em,
        () ->
            em.createQuery(
                    "select s.award from Prize p join SubInventory s on s.id = p.subInventoryId and s.tenantId = :t"
                        + " where p.id = :id and p.tenantId = :t",
                    AwardConfig.class)
                .setParameter("t", tenantId)
                .setParameter("id", prizeId)
                .getResultList());
    return found.isEmpty() ? null : found.get(0);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
