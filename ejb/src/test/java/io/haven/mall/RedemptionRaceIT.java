package io.haven.mall;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.common.HavenException;
import io.haven.common.TenantContext;
import io.haven.inventory.boundary.OutOfStock;
import io.haven.inventory.boundary.SubInventories;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.LimitPeriod;
import io.haven.mall.boundary.InsufficientPoints;
import io.haven.mall.boundary.LimitReached;
import io.haven.mall.boundary.RedemptionView;
import io.haven.mall.boundary.Redemptions;
import io.haven.mall.entity.RedemptionStatus;
import io.haven.members.boundary.Members;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.entity.PointsSource;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MallFixture;
import io.haven.testing.MemberFixture;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The redemption race of the issue: 200 threads, each its own member, 5 attempts each, against a
 * stock of 100 with a per-user limit of 3 per day; a third of the members can afford only 2
 * units, so some of their attempts pass the early balance check and fail at the debit, after
 * the stock was taken — which must roll back. Exactly 100 redemptions, stock 0, every balance
 * equals its ledger and none is negative, nobody above the limit, the counters equal the
 * redemptions.
 *
 * <p>What it proves: the stock row lock and the guarded decrement each keep it right on their
 * own (belt and braces); with both removed (the lock call and the {@code available >= qty}
 * guard) concurrent takes read the same stock and the run breaks — the database CHECK
 * ({@code available >= 0}) then fails transactions with errors instead of refusals, or more
 * than 100 are sold.
 */
@ExtendWith(ArquillianExtension.class)
class RedemptionRaceIT {

  static final int THREADS = 200;
  static final int ATTEMPTS = 5;
  static final int STOCK = 100;
  static final long COST = 10;

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("mall-race");
  }

  @Inject MemberFixture members;
  @Inject MallFixture mall;
  @Inject TenantContext context;
  @Inject Members memberService;
  @Inject PointsLedger ledger;
  @Inject SubInventories subInventories;
  @Inject Instance<TenantContext> contexts;
  @Inject Instance<Redemptions> redemptions;
  @Inject RequestContextController requestContext;
  @Resource ManagedThreadFactory threads;
  @Resource jakarta.transaction.UserTransaction transaction;
  @Inject io.haven.inventory.control.StockLedger stockLedger;
  @Inject io.haven.testing.Racer racer;

  @Resource(lookup = "java:jboss/datasources/HavenDS")
  DataSource dataSource;

  @Test
  void twoHundredMembersRaceForAHundredUnits() throws Exception {
    var store = members.storefront("Race Mall Co");
    long tenantId = context.tenantId();
    var listing =
        mall.listing(store, GoodsCategory.COUPON, STOCK,
            MallFixture.open().withLink("https://race.example").withLimits(3, LimitPeriod.DAY, -1, null, -1),
            MallFixture.purePoints("Hot coffee", COST));
    long[] member = new long[THREADS];
    Map<Long, Long> initial = new HashMap<>();
    for (int i = 0; i < THREADS; i++) {
      member[i] = memberService.sync(store.productId(), "racer-" + i + "-" + tenantId, null, null, null).member().id();
      long points = i % 3 == 0 ? 2 * COST : 10 * COST; // a third can afford 2 units only
      ledger.credit(member[i], points, PointsSource.MANUAL, null, "Race float");
      initial.put(member[i], points);
    }

    CountDownLatch start = new CountDownLatch(1);
    ConcurrentLinkedQueue<Object> outcomes = new ConcurrentLinkedQueue<>();
    List<Thread> racers = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      long me = member[i];
      Thread t =
          threads.newThread(
              () -> {
                requestContext.activate();
                try {
                  contexts.get().enterTenant(tenantId, "racer");
                  start.await(30, TimeUnit.SECONDS);
                  for (int a = 0; a < ATTEMPTS; a++) {
                    try {
                      outcomes.add(redemptions.get().redeem(store.productId(), me, listing.id(), 1, "device-" + me));
                    } catch (RuntimeException e) {
                      outcomes.add(e);
                    }
                  }
                } catch (InterruptedException e) {
                  outcomes.add(e);
                } finally {
                  requestContext.deactivate();
                }
              });
      racers.add(t);
      t.start();
    }
    start.countDown();
    for (Thread t : racers) {
      t.join(TimeUnit.MINUTES.toMillis(5));
      assertThat(t.isAlive()).as("racer finished").isFalse();
    }

    assertThat(outcomes).hasSize(THREADS * ATTEMPTS);
    List<Object> unexpected =
        outcomes.stream()
            .filter(o -> !(o instanceof RedemptionView || o instanceof OutOfStock || o instanceof LimitReached
                || o instanceof InsufficientPoints || o instanceof HavenException h && h.kind() == HavenException.Kind.BUSY))
            .toList();
    assertThat(unexpected).as("only redemptions and domain refusals").isEmpty();
    List<RedemptionView> won = outcomes.stream().filter(o -> o instanceof RedemptionView).map(o -> (RedemptionView) o).toList();
    assertThat(won).hasSize(STOCK).allMatch(r -> r.status() == RedemptionStatus.COMPLETED);
    assertThat(won.stream().map(RedemptionView::orderNumber).distinct().count()).isEqualTo(STOCK);
    assertThat(outcomes.stream().filter(o -> o instanceof OutOfStock).count()).as("sold out at the end").isPositive();

    var sub = subInventories.get(listing.subInventoryId());
    assertThat(sub.available()).isZero();
    assertThat(sub.outbound()).isEqualTo(STOCK);

    Map<Long, Long> perMember = new HashMap<>();
    won.forEach(r -> perMember.merge(r.memberId(), 1L, Long::sum));
    perMember.forEach((m, n) -> assertThat(n).as("member %d within the limit of 3 a day", m).isLessThanOrEqualTo(3));
    for (long m : member) {
      long bought = perMember.getOrDefault(m, 0L);
      assertThat(bought * COST).as("member %d could afford it", m).isLessThanOrEqualTo(initial.get(m));
      assertThat(ledger.balance(m)).isEqualTo(initial.get(m) - bought * COST);
    }
    assertDatabaseAgrees(tenantId, listing.subInventoryId(), perMember, THREADS, STOCK);
  }

  /**
   * The other path a loser can take, made to run rather than hoped for: eight members who can each
   * afford the last unit race for it. Nothing refuses them before the stock lock (their balances,
   * limits and counters are all fine), so each debits and writes its redemption, then seven find
   * the stock short under the lock and must roll all of that back. Exactly one wins; every other
   * answer is OutOfStock (a busy answer would mean the stock lock was held for seconds); the
   * losers' balances are untouched and their ledgers hold no movement.
   */
  @Test
  void aShortageFoundUnderTheStockLockRollsTheMembersDebitBack() throws Exception {
    var store = members.storefront("Shortage Mall Co");
    long tenantId = context.tenantId();
    var listing = mall.listing(store, GoodsCategory.COUPON, 1,
        MallFixture.open().withLink("https://short.example").withLimits(5, LimitPeriod.DAY, -1, null, -1), MallFixture.purePoints("Last one", COST));
    long[] member = new long[8];
    for (int i = 0; i < member.length; i++) {
      member[i] = mall.member(store, COST);
    }
    List<Object> outcomes = racer.race(member.length, tenantId, i -> () -> redemptions.get().redeem(store.productId(), member[i], listing.id(), 1, null));
    assertThat(outcomes).filteredOn(o -> o instanceof RedemptionView).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !(o instanceof RedemptionView)).as("%s", outcomes)
        .hasSize(member.length - 1)
        .allMatch(o -> o instanceof OutOfStock);
    Map<Long, Long> sold = new HashMap<>();
    for (int i = 0; i < member.length; i++) {
      boolean won = outcomes.get(i) instanceof RedemptionView;
      assertThat(ledger.balance(member[i])).isEqualTo(won ? 0 : COST);
      assertThat(ledger.history(member[i], 0, 10).items()).filteredOn(e -> e.source() == PointsSource.MALL_REDEMPTION).hasSize(won ? 1 : 0);
      if (won) {
        sold.put(member[i], 1L);
      }
    }
    assertThat(subInventories.get(listing.subInventoryId()).available()).isZero();
    assertDatabaseAgrees(tenantId, listing.subInventoryId(), sold, member.length, 1);
  }

  /**
   * Ten redemptions of one member who can afford one unit, at once: they queue on the member's
   * account lock (the first thing a redemption locks); the first debits and takes its unit, every
   * later one finds the balance short under that lock and is refused before it counts or touches
   * the stock — so nothing of theirs is written, and the stock row is never locked in vain.
   */
  @Test
  void aMemberWhoCanAffordOneUnitIsRefusedUnderTheAccountLock() throws Exception {
    var store = members.storefront("Rollback Mall Co");
    long tenantId = context.tenantId();
    var listing = mall.listing(store, GoodsCategory.COUPON, 5,
        MallFixture.open().withLink("https://rb.example").withLimits(5, LimitPeriod.DAY, -1, null, -1), MallFixture.purePoints("One only", COST));
    long member = mall.member(store, COST);
    CountDownLatch start = new CountDownLatch(1);
    ConcurrentLinkedQueue<Object> outcomes = new ConcurrentLinkedQueue<>();
    List<Thread> racers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Thread t =
          threads.newThread(
              () -> {
                requestContext.activate();
                try {
                  contexts.get().enterTenant(tenantId, "racer");
                  start.await(30, TimeUnit.SECONDS);
                  outcomes.add(redemptions.get().redeem(store.productId(), member, listing.id(), 1, null));
                } catch (RuntimeException | InterruptedException e) {
                  outcomes.add(e);
                } finally {
                  requestContext.deactivate();
                }
              });
      racers.add(t);
      t.start();
    }
    start.countDown();
    for (Thread t : racers) {
      t.join(TimeUnit.MINUTES.toMillis(2));
    }
    assertThat(outcomes).hasSize(10);
    assertThat(outcomes.stream().filter(o -> o instanceof RedemptionView).count()).isEqualTo(1);
    assertThat(outcomes.stream().filter(o -> o instanceof InsufficientPoints).count()).as("refused under the account lock: %s", outcomes)
        .isEqualTo(9);
    assertThat(subInventories.get(listing.subInventoryId()).available()).isEqualTo(4);
    assertThat(subInventories.get(listing.subInventoryId()).outbound()).isEqualTo(1);
    assertThat(ledger.balance(member)).isZero();
    assertDatabaseAgrees(tenantId, listing.subInventoryId(), Map.of(member, 1L), 1, 1);
  }

  /**
   * A stock row held locked by someone else past the lock timeout (H2 LOCK_TIMEOUT, MariaDB
   * innodb_lock_wait_timeout: 5 s in the test set-ups) is a retryable BUSY answer (409), never a
   * 500, and nothing is taken.
   */
  @Test
  void aStockRowLockedTooLongAnswersBusy() throws Exception {
    var store = members.storefront("Busy Mall Co");
    long tenantId = context.tenantId();
    var listing = mall.listing(store, GoodsCategory.COUPON, 5, MallFixture.open().withLink("https://busy.example"), MallFixture.purePoints("Busy", COST));
    long member = mall.member(store, 100);
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    ConcurrentLinkedQueue<Object> holderOutcome = new ConcurrentLinkedQueue<>();
    Thread holder =
        threads.newThread(
            () -> {
              requestContext.activate();
              try {
                contexts.get().enterTenant(tenantId, "holder");
                transaction.begin();
                try {
                  stockLedger.lockForRedemption(listing.subInventoryId());
                  locked.countDown();
                  done.await(60, TimeUnit.SECONDS);
                } finally {
                  transaction.rollback();
                }
              } catch (Exception e) {
                holderOutcome.add(e);
                locked.countDown();
              } finally {
                requestContext.deactivate();
              }
            });
    holder.start();
    try {
      assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(holderOutcome).isEmpty();
      Object outcome;
      try {
        outcome = redemptions.get().redeem(store.productId(), member, listing.id(), 1, null);
      } catch (RuntimeException e) {
        outcome = e;
      }
      assertThat(outcome).isInstanceOf(HavenException.class);
      assertThat(((HavenException) outcome).kind()).isEqualTo(HavenException.Kind.BUSY);
      assertThat(((HavenException) outcome).kind().status).isEqualTo(409);
    } finally {
      done.countDown();
      holder.join(TimeUnit.SECONDS.toMillis(60));
    }
    assertThat(ledger.balance(member)).isEqualTo(100);
    assertThat(subInventories.get(listing.subInventoryId()).available()).isEqualTo(5);
    // once the lock is gone the same redemption goes through
    assertThat(redemptions.get().redeem(store.productId(), member, listing.id(), 1, null).status()).isEqualTo(RedemptionStatus.COMPLETED);
  }

  /** Σ ledger = balance, no negative balance, counters = redemptions per member, rows = 100. */
  private void assertDatabaseAgrees(long tenantId, long subInventoryId, Map<Long, Long> perMember, int accountCount, int sold) throws Exception {
    try (var c = dataSource.getConnection()) {
      try (var s = c.prepareStatement(
              "select a.id, a.balance, coalesce(sum(e.amount), 0) from points_account a left join ledger_entry e on e.account_id = a.id"
                  + " where a.tenant_id = ? group by a.id, a.balance")) {
        s.setLong(1, tenantId);
        try (var rs = s.executeQuery()) {
          int accounts = 0;
          while (rs.next()) {
            accounts++;
            assertThat(rs.getLong(2)).as("account %d balance = sum of ledger", rs.getLong(1)).isEqualTo(rs.getLong(3)).isNotNegative();
          }
          assertThat(accounts).isEqualTo(accountCount);
        }
      }
      try (var s = c.prepareStatement("select count(*), coalesce(sum(quantity), 0) from redemption where tenant_id = ? and sub_inventory_id = ?")) {
        s.setLong(1, tenantId);
        s.setLong(2, subInventoryId);
        try (var rs = s.executeQuery()) {
          rs.next();
          assertThat(rs.getLong(1)).isEqualTo(sold);
          assertThat(rs.getLong(2)).isEqualTo(sold);
        }
      }
      try (var s = c.prepareStatement(
              "select subject, used from redemption_counter where tenant_id = ? and sub_inventory_id = ? and subject_kind = 'USER'")) {
        s.setLong(1, tenantId);
        s.setLong(2, subInventoryId);
        Map<Long, Long> counted = new HashMap<>();
        try (var rs = s.executeQuery()) {
          while (rs.next()) {
            if (rs.getLong(2) > 0) {
              counted.put(Long.parseLong(rs.getString(1)), rs.getLong(2));
            }
          }
        }
        assertThat(counted).isEqualTo(perMember);
      }
    }
  }
}
