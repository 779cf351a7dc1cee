package io.haven.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.activities.boundary.Activities;
import io.haven.activities.boundary.ActivityClosed;
import io.haven.activities.boundary.ActivityRuleBroken;
import io.haven.activities.boundary.ActivityView;
import io.haven.activities.boundary.NewPrize;
import io.haven.activities.boundary.PlayView;
import io.haven.activities.boundary.Plays;
import io.haven.activities.control.FairDraw;
import io.haven.activities.entity.ActivitySettings;
import io.haven.activities.entity.ActivityType;
import io.haven.common.HavenException;
import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.inventory.boundary.SubInventories;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.PeriodLimit;
import io.haven.inventory.entity.PointsType;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.boundary.PointsRuleBroken;
import io.haven.tenancy.boundary.PlatformEnterprises;
import io.haven.tenancy.entity.Edition;
import io.haven.testing.ActivityFixture;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MallFixture;
import io.haven.testing.MemberFixture;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The activity engine one play at a time: free plays before points, awards by category, the
 * fairness commitment and its check after the reveal, tenant isolation (Hibernate's TenantIdTest
 * way: switch tenant, the other's ids are not found) and bad input refused with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class ActivitiesIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("activities");
  }

  @Inject MemberFixture members;
  @Inject MallFixture mall;
  @Inject ActivityFixture fixture;
  @Inject Activities activities;
  @Inject Plays plays;
  @Inject PointsLedger ledger;
  @Inject SubInventories subInventories;
  @Inject PlatformEnterprises platform;
  @Inject TenantContext context;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction transaction;

  @Test
  void freePlaysComeFirstThenPointsPerPlayUntilTheyRunOut() {
    var store = members.storefront("Free First Co");
    var activity = fixture.published(store, ActivityFixture.settings(10, 2, -1), 10, 0);
    long member = mall.member(store, 15);

    PlayView first = plays.play(store.productId(), activity.id(), member, null);
    PlayView second = plays.play(store.productId(), activity.id(), member, null);
    PlayView third = plays.play(store.productId(), activity.id(), member, null);

    assertThat(List.of(first.freePlay(), second.freePlay(), third.freePlay())).containsExactly(true, true, false);
    assertThat(List.of(first.pointsPaid(), second.pointsPaid(), third.pointsPaid())).containsExactly(0L, 0L, 10L);
    assertThat(List.of(first.playNumber(), second.playNumber(), third.playNumber())).containsExactly(1L, 2L, 3L);
    assertThat(ledger.balance(member)).isEqualTo(5);
    assertThatThrownBy(() -> plays.play(store.productId(), activity.id(), member, null))
        .isInstanceOfSatisfying(PointsRuleBroken.class, e -> assertThat(e.code()).isEqualTo("points.insufficient"));
    assertThat(plays.mine(store.productId(), activity.id(), member, 10)).as("the refused play left nothing").hasSize(3);
    assertThat(ledger.balance(member)).isEqualTo(5);
  }

  @Test
  void prizesAreAwardedByCategory() {
    var store = members.storefront("Award Co");
    long cdk = mall.subInventory(store, GoodsCategory.CDK, "Codes", 2, MallFixture.open().withLink("https://codes.example"));
    long points = mall.subInventory(store, GoodsCategory.POINTS, "Bonus", 5, MallFixture.open().withPoints(50L, store.appId(), PointsType.HOSTED));
    long physical = mall.subInventory(store, GoodsCategory.PHYSICAL, "Mug", 5, MallFixture.open());
    long member = mall.member(store, 0);

    PlayView code = playOnce(store, cdk, member);
    PlayView credited = playOnce(store, points, member);
    PlayView mug = playOnce(store, physical, member);

    assertThat(code.won()).isTrue();
    assertThat(code.awardCode()).startsWith("CDK-");
    assertThat(code.awardLink()).isEqualTo("https://codes.example");
    assertThat(code.status()).isEqualTo("COMPLETED");
    assertThat(credited.awardPoints()).isEqualTo(50);
    assertThat(ledger.balance(member)).as("the points prize credited through the ledger").isEqualTo(50);
    assertThat(mug.status()).isEqualTo("AWAITING_ADDRESS");
    assertThat(subInventories.get(cdk).available()).as("the prize's units left the sub-inventory when the draft was made").isZero();
  }

  /** Pacing: a prize with a daily cap of 1 gives one unit a day; the next draw of it is the no-prize outcome. */
  @Test
  void aPrizesDailyCapHoldsBackTheRestForLaterDays() {
    var store = members.storefront("Paced Co");
    long sub = fixture.coupons(store, "Paced", 5);
    var draft = activities.create(store.productId(), ActivityFixture.settings(0, 1, 1), List.of(new NewPrize(sub, "Daily coupon", 1_000_000, 5, 1)));
    activities.publish(draft.id());
    long prize = draft.prizes().get(0).id();

    PlayView first = plays.play(store.productId(), draft.id(), mall.member(store, 0), null);
    PlayView second = plays.play(store.productId(), draft.id(), mall.member(store, 0), null);

    assertThat(first.won()).isTrue();
    assertThat(second.won()).as("today's one unit is out").isFalse();
    assertThat(second.drawnPrizeId()).isEqualTo(prize);
    assertThat(second.status()).isEqualTo("NO_PRIZE");
    assertThat(activities.get(draft.id()).prizes().get(0).remaining()).as("the rest waits for later days").isEqualTo(4);
  }

  private PlayView playOnce(io.haven.tenancy.boundary.StorefrontProduct store, long sub, long member) {
    var draft = activities.create(store.productId(), ActivityFixture.settings(0, 1, 1), List.of(new NewPrize(sub, null, 1_000_000, 2, -1)));
    activities.publish(draft.id());
    return plays.play(store.productId(), draft.id(), member, null);
  }

  /**
   * The rules page shows the exact odds and the commitment but not the seed; after the end the
   * seed is revealed, matches the commitment, and recomputes every recorded play's number.
   */
  @Test
  void afterTheEndTheSeedIsRevealedAndEveryPlayVerifies() throws Exception {
    var store = members.storefront("Fair Draw Co");
    long sub = fixture.coupons(store, "Rare", 5);
    long member = mall.member(store, 0);
    Instant now = Instant.now();
    var settings = new ActivitySettings(ActivityType.LOTTERY, "Short draw", null, now.minus(Duration.ofHours(1)), now.plus(Duration.ofSeconds(15)), 0, 5,
        5, PeriodLimit.unlimited(), PeriodLimit.unlimited(), null);
    var draft = activities.create(store.productId(), settings, List.of(new NewPrize(sub, "Rare coupon", 1, 5, -1)));
    assertThat(draft.seedCommitment()).as("no seed before publishing").isNull();
    ActivityView published = activities.publish(draft.id());
    for (int i = 0; i < 5; i++) {
      plays.play(store.productId(), published.id(), member, null);
    }

    ActivityView before = activities.rules(store.productId(), published.id());
    assertThat(before.seedCommitment()).matches("[0-9a-f]{64}");
    assertThat(before.revealedSeed()).as("secret until the end").isNull();
    assertThat(before.prizes().get(0).percent()).isEqualTo("0.0001 %");
    assertThat(before.noPrizePercent()).isEqualTo("99.9999 %");
    assertThatThrownBy(() -> activities.reveal(published.id())).isInstanceOf(ActivityRuleBroken.class);

    Thread.sleep(Math.max(0, Duration.between(Instant.now(), settings.endsAt()).toMillis() + 200));
    assertThatThrownBy(() -> plays.play(store.productId(), published.id(), member, null)).isInstanceOf(ActivityClosed.class)
        .extracting(e -> ((HavenException) e).code()).isEqualTo("activity.ended");
    ActivityView after = activities.rules(store.productId(), published.id());
    String seed = after.revealedSeed();
    assertThat(seed).isNotNull();
    assertThat(FairDraw.commitment(seed)).isEqualTo(before.seedCommitment());
    List<PlayView> mine = plays.mine(store.productId(), published.id(), member, 10);
    assertThat(mine).hasSize(5).allMatch(p -> FairDraw.verify(seed, before.seedCommitment(), published.id(), member, p.playNumber(), p.drawNumber()));
    assertThat(mine).as("the recorded outcome is the one the number draws").allMatch(p -> (p.drawNumber() == 0) == (p.drawnPrizeId() != null));
  }

  @Test
  void anotherTenantsActivityIsNotFound() {
    var owner = members.storefront("Owner Activity Co");
    long ownerTenant = context.tenantId();
    var activity = fixture.published(owner, ActivityFixture.settings(0, 1, 1), 3, 1_000_000);
    long ownerMember = mall.member(owner, 0);
    var thief = members.storefront("Thief Activity Co");
    long thiefMember = mall.member(thief, 0);

    assertThatThrownBy(() -> plays.play(owner.productId(), activity.id(), thiefMember, null)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> plays.play(thief.productId(), activity.id(), thiefMember, null)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> activities.get(activity.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> activities.rules(owner.productId(), activity.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> activities.publish(activity.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> plays.mine(owner.productId(), activity.id(), ownerMember, 10)).isInstanceOf(NotFound.class);
    context.enterTenant(ownerTenant, "member:" + thiefMember);
    assertThatThrownBy(() -> plays.play(owner.productId(), activity.id(), thiefMember, null)).as("the thief's member in the owner's tenant")
        .isInstanceOf(NotFound.class);
    assertThat(activities.get(activity.id()).prizes().get(0).remaining()).as("nothing taken").isEqualTo(3);
    assertThat(plays.play(owner.productId(), activity.id(), ownerMember, null).won()).isTrue();
  }

  @Test
  void badInputIsRefusedAndNothingWritten() throws Exception {
    var store = members.storefront("Bad Input Co");
    long tenant = context.tenantId();
    long sub = fixture.coupons(store, "Stock", 10);
    var ok = ActivityFixture.settings(0, 1, 1);

    assertThatThrownBy(() -> activities.create(store.productId(), ok, List.of(new NewPrize(sub, null, 600_000, 1, -1), new NewPrize(sub, null, 400_001, 1, -1))))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("activity.prize.weight.sum"));
    assertThatThrownBy(() -> activities.create(store.productId(), ok, List.of(new NewPrize(sub, null, -1, 1, -1)))).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> activities.create(store.productId(), ok, List.of(new NewPrize(sub, null, 10, 11, -1))))
        .as("more units than the sub-inventory has").isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> activities.create(store.productId(), ok, List.of(new NewPrize(sub, null, 10, 0, -1)))).isInstanceOf(InvalidInput.class);
    Instant now = Instant.now();
    assertThatThrownBy(() -> new ActivitySettings(ActivityType.GAME, "Backwards", null, now, now.minus(Duration.ofDays(1)), 0, 1, 1, null, null, null))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("endsAt"));
    assertThatThrownBy(() -> new ActivitySettings(ActivityType.GAME, "Negative", null, now, now.plusSeconds(60), -5, 1, 1, null, null, null))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new ActivitySettings(ActivityType.GAME, " ", null, now, now.plusSeconds(60), 0, 1, 1, null, null, null))
        .isInstanceOf(InvalidInput.class);
    assertThat(count("select count(a) from Activity a where a.tenantId = " + tenant)).as("no activity written").isZero();
    assertThat(subInventories.get(sub).available()).as("no units taken").isEqualTo(10);

    var draft = activities.create(store.productId(), ok, List.of(new NewPrize(sub, null, 500_000, 1, -1)));
    long member = mall.member(store, 0);
    assertThatThrownBy(() -> plays.play(store.productId(), draft.id(), member, null)).as("a draft is not there for members").isInstanceOf(NotFound.class);
    activities.publish(draft.id());
    activities.takeOffline(draft.id());
    assertThatThrownBy(() -> plays.play(store.productId(), draft.id(), member, null))
        .isInstanceOfSatisfying(ActivityClosed.class, e -> assertThat(e.code()).isEqualTo("activity.offline"));
    assertThatThrownBy(() -> plays.play(store.productId(), draft.id(), member, "x".repeat(65))).isInstanceOf(InvalidInput.class);

    // T1: a FREE enterprise has at most three activities
    context.acrossTenants("test-platform", () -> platform.changeEdition(tenant, Edition.FREE));
    activities.create(store.productId(), ok, List.of());
    activities.create(store.productId(), ok, List.of());
    assertThatThrownBy(() -> activities.create(store.productId(), ok, List.of()))
        .isInstanceOfSatisfying(ActivityRuleBroken.class, e -> assertThat(e.code()).isEqualTo("activity.freeEdition.full"));
    assertThat(count("select count(a) from Activity a where a.tenantId = " + tenant)).isEqualTo(3);
  }

  private long count(String jpql) throws Exception {
    transaction.begin();
    try {
      return ((Number) em.createQuery(jpql).getSingleResult()).longValue();
    } finally {
      transaction.rollback();
    }
  }
}
