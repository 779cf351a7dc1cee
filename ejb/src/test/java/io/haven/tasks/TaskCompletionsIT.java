package io.haven.tasks;

import static io.haven.tasks.TaskTesting.input;
import static io.haven.tasks.TaskTesting.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.mall.entity.Redeemed;
import io.haven.members.boundary.Members;
import io.haven.points.boundary.PointsLedger;
import io.haven.tasks.boundary.CompletionView;
import io.haven.tasks.boundary.PointsTasks;
import io.haven.tasks.boundary.TaskCard;
import io.haven.tasks.boundary.TaskCenter;
import io.haven.tasks.boundary.TaskInput;
import io.haven.tasks.boundary.TaskRuleBroken;
import io.haven.tasks.entity.CycleType;
import io.haven.tasks.entity.LotteryJoined;
import io.haven.tasks.entity.TaskSettings;
import io.haven.tasks.entity.TaskTemplate;
import io.haven.tenancy.boundary.Products;
import io.haven.tenancy.boundary.StorefrontProduct;
import io.haven.testing.ActivityFixture;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MemberFixture;
import io.haven.testing.Racer;
import io.haven.testing.Tenants;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** K2/K3/K5: completions within calendar cycles, streaks, birthdays, races and event completions. */
@ExtendWith(ArquillianExtension.class)
class TaskCompletionsIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("task-completions");
  }

  @Inject MemberFixture fixture;
  @Inject Tenants tenants;
  @Inject TenantContext context;
  @Inject Racer racer;
  @Inject Products products;
  @Inject Members members;
  @Inject PointsTasks tasks;
  @Inject TaskCenter center;
  @Inject PointsLedger ledger;
  @Inject Event<Redeemed> redeemed;
  @Inject Event<LotteryJoined> lotteryJoined;
  @Inject ActivityFixture activityFixture;
  @Inject io.haven.activities.boundary.Plays plays;
  @Inject Instance<TaskCenter> centers;
  @Inject UserTransaction transaction;

  @Resource(lookup = "java:jboss/datasources/HavenDS")
  DataSource dataSource;

  private StorefrontProduct store;
  private long member;

  private void open(String name) {
    store = fixture.storefront(name);
    member = fixture.member(store).id();
  }

  private long task(TaskTemplate template, TaskInput input) {
    return tasks.create(store.productId(), template, input).id();
  }

  private void assertCycleFull(Runnable action) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(TaskRuleBroken.class, e -> {
      assertThat(e.code()).isEqualTo("task.cycleFull");
      assertThat(e.getMessage()).contains("limit is");
    });
  }

  @Test
  void aDayCycleEndsAtLocalMidnight() {
    open("Day Co");
    long signIn = task(TaskTemplate.DAILY_SIGN_IN, TaskTesting.daily("Sign in", 5));
    center.complete(store.productId(), member, signIn, local("2026-03-31T00:00:00"));
    assertCycleFull(() -> center.complete(store.productId(), member, signIn, local("2026-03-31T23:59:59.999999")));
    CompletionView next = center.complete(store.productId(), member, signIn, local("2026-04-01T00:00:00"));
    assertThat(next.seq()).isEqualTo(1);
    assertThat(ledger.balance(member)).isEqualTo(10);
    TaskCard card = center.tasks(store.productId(), member, local("2026-04-01T12:00:00")).get(0);
    assertThat(card.done()).isEqualTo(1);
    assertThat(card.completable()).isFalse();
    assertThat(card.nextCycleAt()).isEqualTo(local("2026-04-02T00:00:00"));
  }

  @Test
  void anHourCycleAllowsItsCompletionsPerHour() {
    open("Hour Co");
    long greet = task(TaskTemplate.HOLIDAY_GREETING, input("Greeting", CycleType.HOUR, 1, 2, 3, TaskSettings.none()));
    center.complete(store.productId(), member, greet, local("2026-05-01T09:00:00"));
    center.complete(store.productId(), member, greet, local("2026-05-01T09:30:00"));
    assertCycleFull(() -> center.complete(store.productId(), member, greet, local("2026-05-01T09:59:59.999999")));
    assertThat(center.complete(store.productId(), member, greet, local("2026-05-01T10:00:00")).seq()).isEqualTo(1);
    assertThat(ledger.balance(member)).isEqualTo(9);
  }

  @Test
  void aYearCycleEndsAtTheLocalNewYear() {
    open("Year Co");
    long greet = task(TaskTemplate.HOLIDAY_GREETING, input("New year", CycleType.YEAR, 1, 1, 50, TaskSettings.none()));
    center.complete(store.productId(), member, greet, local("2026-12-31T23:59:59"));
    // 16:00 UTC on 31 December is already 2027 in Shanghai
    assertThat(center.complete(store.productId(), member, greet, Instant.parse("2026-12-31T16:00:00Z")).cycleIndex())
        .isEqualTo(2027 - 1970);
    assertCycleFull(() -> center.complete(store.productId(), member, greet, local("2027-12-31T23:00:00")));
    assertThat(ledger.balance(member)).isEqualTo(100);
  }

  @Test
  void aTaskIsCompletedOnlyWhileOnlineAndInsideItsWindow() {
    open("Window Co");
    long greet = tasks.create(store.productId(), TaskTemplate.HOLIDAY_GREETING,
        new TaskInput("Spring", null, "Go", null, CycleType.DAY, 1, 1, 5, local("2026-02-01T00:00:00"), local("2026-02-10T00:00:00"), 1,
            TaskSettings.none())).id();
    assertThatThrownBy(() -> center.complete(store.productId(), member, greet, local("2026-01-31T23:59:59")))
        .isInstanceOfSatisfying(TaskRuleBroken.class, e -> assertThat(e.code()).isEqualTo("task.notOpen"));
    assertThatThrownBy(() -> center.complete(store.productId(), member, greet, local("2026-02-10T00:00:00")))
        .isInstanceOfSatisfying(TaskRuleBroken.class, e -> assertThat(e.code()).isEqualTo("task.notOpen"));
    center.complete(store.productId(), member, greet, local("2026-02-09T23:00:00"));
    tasks.setOnline(greet, false);
    assertThatThrownBy(() -> center.complete(store.productId(), member, greet, local("2026-02-08T10:00:00")))
        .isInstanceOfSatisfying(TaskRuleBroken.class, e -> assertThat(e.code()).isEqualTo("task.notOpen"));
    assertThat(center.tasks(store.productId(), member, local("2026-02-08T10:00:00"))).isEmpty();
    assertThat(ledger.balance(member)).isEqualTo(5);
  }

  @Test
  void aConsecutiveSignInCountsLocalDaysAcrossAMonthEndAndRestartsAfterAMissedDay() {
    open("Streak Co");
    long streakTask = task(TaskTemplate.CONSECUTIVE_SIGN_IN, input("Streak", CycleType.DAY, 1, 1, 10, TaskTesting.consecutive(5, 20)));
    String[] days = {"2026-03-29", "2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04"};
    int[] points = {10, 10, 15, 10, 10, 10, 30};
    for (int i = 0; i < days.length; i++) {
      // late evening local time: already the next day in UTC-less terms would be wrong, the zone decides
      CompletionView c = center.complete(store.productId(), member, streakTask, local(days[i] + "T23:30:00"));
      assertThat(c.streak()).as(days[i]).isEqualTo(i + 1);
      assertThat(c.points()).as(days[i]).isEqualTo(points[i]);
    }
    assertThat(center.tasks(store.productId(), member, local("2026-04-05T08:00:00")).get(0).streak()).isEqualTo(7);
    // 2026-04-05 missed
    assertThat(center.tasks(store.productId(), member, local("2026-04-06T08:00:00")).get(0).streak()).isZero();
    CompletionView restart = center.complete(store.productId(), member, streakTask, local("2026-04-06T00:00:01"));
    assertThat(restart.streak()).isEqualTo(1);
    assertThat(restart.points()).isEqualTo(10);
    assertThat(ledger.balance(member)).isEqualTo(95 + 10);
  }

  @Test
  void theBirthdayTaskIsCompletedOnTheBirthdayOnceAYear() {
    open("Birthday Co");
    long birthday = task(TaskTemplate.BIRTHDAY, input("Birthday", CycleType.DAY, 1, 5, 88, TaskSettings.none()));
    assertThatThrownBy(() -> center.complete(store.productId(), member, birthday, local("2026-06-15T10:00:00")))
        .isInstanceOfSatisfying(TaskRuleBroken.class, e -> assertThat(e.code()).isEqualTo("task.noBirthday"));
    members.changeProfile(store.productId(), member, "Bday", LocalDate.of(1990, 6, 15));
    assertThatThrownBy(() -> center.complete(store.productId(), member, birthday, local("2026-06-14T23:59:59")))
        .isInstanceOfSatisfying(TaskRuleBroken.class, e -> assertThat(e.code()).isEqualTo("task.notBirthday"));
    assertThat(center.tasks(store.productId(), member, local("2026-06-15T00:00:00")).get(0).birthdayToday()).isTrue();
    center.complete(store.productId(), member, birthday, local("2026-06-15T00:00:00"));
    assertCycleFull(() -> center.complete(store.productId(), member, birthday, local("2026-06-15T23:00:00")));
    center.complete(store.productId(), member, birthday, local("2027-06-15T09:00:00"));
    assertThat(ledger.balance(member)).isEqualTo(176);
  }

  /**
   * Twenty completions at once for three places: exactly three credited, the rest told the cycle is
   * full, Σ ledger = balance. (Without the member lock this still holds — the unique place and the
   * seq <= limit check refuse the extra ones — which is what those constraints are for; the test
   * below is the one that needs the lock.)
   */
  @Test
  void twentyConcurrentCompletionsCreditExactlyTheCyclesAllowance() throws Exception {
    open("Race Task Co");
    long greet = task(TaskTemplate.HOLIDAY_GREETING, input("Race", CycleType.HOUR, 1, 3, 7, TaskSettings.none()));
    long productId = store.productId();
    Instant at = local("2026-07-01T12:00:00");
    List<Object> outcomes = racer.race(20, context.tenantId(), i -> () -> centers.get().complete(productId, member, greet, at));
    assertThat(outcomes).allMatch(o -> o instanceof CompletionView || o instanceof TaskRuleBroken);
    assertThat(outcomes.stream().filter(o -> o instanceof CompletionView).count()).isEqualTo(3);
    assertThat(outcomes.stream().filter(o -> o instanceof TaskRuleBroken t && t.code().equals("task.cycleFull")).count()).isEqualTo(17);
    assertThat(ledger.balance(member)).isEqualTo(21);
    TaskTesting.assertLedgerMatchesBalances(dataSource, context.tenantId());
  }

  /**
   * Twenty completions at once with a place for each: all are credited, in distinct places. Without
   * the member lock, racers that read the same count take the same place and all but one of them
   * fail although places were free.
   */
  @Test
  void concurrentCompletionsWithAPlaceForEachAreAllCredited() throws Exception {
    open("Wide Race Co");
    long greet = task(TaskTemplate.HOLIDAY_GREETING, input("Wide", CycleType.HOUR, 1, 20, 2, TaskSettings.none()));
    long productId = store.productId();
    Instant at = local("2026-07-02T12:00:00");
    List<Object> outcomes = racer.race(20, context.tenantId(), i -> () -> centers.get().complete(productId, member, greet, at));
    assertThat(outcomes).allMatch(o -> o instanceof CompletionView);
    assertThat(outcomes.stream().map(o -> ((CompletionView) o).seq()).distinct().count()).isEqualTo(20);
    assertThat(ledger.balance(member)).isEqualTo(40);
    TaskTesting.assertLedgerMatchesBalances(dataSource, context.tenantId());
  }

  /** Belt and braces under the lock: the database itself refuses a place beyond the cycle's limit, or a place twice. */
  @Test
  void theDatabaseBoundsThePlacesOfACycle() throws Exception {
    open("Bounded Co");
    long greet = task(TaskTemplate.HOLIDAY_GREETING, input("Bounded", CycleType.DAY, 1, 2, 5, TaskSettings.none()));
    center.complete(store.productId(), member, greet, local("2026-08-01T10:00:00"));
    long cycle = LocalDate.of(2026, 8, 1).toEpochDay();
    String insert = "insert into task_completion (tenant_id, task_id, member_id, cycle_index, seq, cycle_limit, points, completed_at, version)"
        + " values (?, ?, ?, ?, ?, 2, 5, current_timestamp, 0)";
    try (var c = dataSource.getConnection(); var s = c.prepareStatement(insert)) {
      s.setLong(1, context.tenantId());
      s.setLong(2, greet);
      s.setLong(3, member);
      s.setLong(4, cycle);
      s.setInt(5, 3);
      assertThatThrownBy(s::executeUpdate).as("seq beyond the limit").isInstanceOf(java.sql.SQLException.class);
      s.setInt(5, 1);
      assertThatThrownBy(s::executeUpdate).as("the same place twice").isInstanceOf(java.sql.SQLException.class);
    }
    assertThat(center.complete(store.productId(), member, greet, local("2026-08-01T11:00:00")).seq()).isEqualTo(2);
    assertCycleFull(() -> center.complete(store.productId(), member, greet, local("2026-08-01T12:00:00")));
  }

  @Test
  void redemptionsAndLotteryJoinsCompleteTheMatchingTasksOnce() throws Exception {
    open("Event Co");
    long anyListing = task(TaskTemplate.REDEEM_IN_MALL, input("Any redeem", CycleType.DAY, 1, 5, 10, TaskTesting.redeem(List.of())));
    long chosen = task(TaskTemplate.REDEEM_IN_MALL, input("Cup redeem", CycleType.DAY, 1, 5, 100, TaskTesting.redeem(List.of(77L))));
    long lottery5 = task(TaskTemplate.JOIN_LOTTERY, input("Lottery 5", CycleType.DAY, 1, 5, 1000, TaskTesting.lottery(5)));
    task(TaskTemplate.JOIN_LOTTERY, input("Lottery 6", CycleType.DAY, 1, 5, 10000, TaskTesting.lottery(6)));
    long tenantId = context.tenantId();

    redeemed.fire(new Redeemed(tenantId, store.productId(), member, 88, 1, "ORDER-A"));
    assertThat(ledger.balance(member)).isEqualTo(10);
    redeemed.fire(new Redeemed(tenantId, store.productId(), member, 77, 1, "ORDER-B"));
    assertThat(ledger.balance(member)).isEqualTo(120);
    // the same order again (a retried event) credits nothing more
    redeemed.fire(new Redeemed(tenantId, store.productId(), member, 77, 1, "ORDER-B"));
    assertThat(ledger.balance(member)).isEqualTo(120);

    // a redemption that rolls back credits nothing: the observer waits for the commit
    transaction.begin();
    redeemed.fire(new Redeemed(tenantId, store.productId(), member, 77, 1, "ORDER-C"));
    transaction.rollback();
    assertThat(ledger.balance(member)).isEqualTo(120);
    transaction.begin();
    redeemed.fire(new Redeemed(tenantId, store.productId(), member, 77, 1, "ORDER-D"));
    transaction.commit();
    assertThat(ledger.balance(member)).isEqualTo(230);

    lotteryJoined.fire(new LotteryJoined(tenantId, store.productId(), member, 5));
    assertThat(ledger.balance(member)).isEqualTo(1230);
    // a member of another product is not this product's member: nothing credited, nothing thrown
    var otherProduct = products.add("Second App", 10);
    lotteryJoined.fire(new LotteryJoined(tenantId, otherProduct.id(), member, 5));
    assertThat(ledger.balance(member)).isEqualTo(1230);
    assertThat(center.tasks(store.productId(), member).stream().filter(c -> c.id() == chosen).findFirst().orElseThrow().done()).isEqualTo(2);
    assertThat(center.tasks(store.productId(), member).stream().filter(c -> c.id() == anyListing).findFirst().orElseThrow().done()).isEqualTo(3);
    assertThat(center.tasks(store.productId(), member).stream().filter(c -> c.id() == lottery5).findFirst().orElseThrow().done()).isEqualTo(1);
    TaskTesting.assertLedgerMatchesBalances(dataSource, tenantId);
  }

  /**
   * K1 "join a lottery" and the activities engine: every play completes the task once, keyed by
   * the play's id, so the same play told twice (a duplicated event) credits nothing more.
   */
  @Test
  void eachPlayCompletesTheLotteryTaskOnce() {
    open("Play Task Co");
    var activity = activityFixture.published(store, ActivityFixture.settings(0, 3, 3), 10, 0);
    task(TaskTemplate.JOIN_LOTTERY, input("Join the draw", CycleType.DAY, 1, 5, 7, TaskTesting.lottery(activity.id())));

    var first = plays.play(store.productId(), activity.id(), member, null);
    assertThat(ledger.balance(member)).isEqualTo(7);
    lotteryJoined.fire(new LotteryJoined(context.tenantId(), store.productId(), member, activity.id(), first.id()));
    assertThat(ledger.balance(member)).as("the same play again").isEqualTo(7);
    plays.play(store.productId(), activity.id(), member, null);
    assertThat(ledger.balance(member)).as("the next play").isEqualTo(14);
  }

  @Test
  void anotherProductOrTenantCannotCompleteATask() {
    open("Isolated Co");
    long signIn = task(TaskTemplate.DAILY_SIGN_IN, TaskTesting.daily("Sign in", 5));
    long secondProduct = products.add("Second App", 10).id();
    assertThatThrownBy(() -> center.complete(secondProduct, member, signIn)).isInstanceOf(NotFound.class);
    assertThat(center.tasks(secondProduct, null)).isEmpty();
    long firstTenant = context.tenantId();
    tenants.actAs(tenants.open("Intruder Co"));
    assertThatThrownBy(() -> center.complete(store.productId(), member, signIn)).isInstanceOf(NotFound.class);
    assertThat(center.tasks(store.productId(), null)).isEmpty();
    tenants.actAs(firstTenant);
    assertThat(ledger.balance(member)).isZero();
  }

  @Test
  void tasksCompletedByEventsOrReviewsCannotBeCompletedByTheirButton() {
    open("Button Co");
    long redeem = task(TaskTemplate.REDEEM_IN_MALL, input("Redeem", CycleType.DAY, 1, 1, 5, TaskTesting.redeem(List.of())));
    assertThatThrownBy(() -> center.complete(store.productId(), member, redeem))
        .isInstanceOfSatisfying(TaskRuleBroken.class, e -> assertThat(e.code()).isEqualTo("task.notByMember"));
  }
}
