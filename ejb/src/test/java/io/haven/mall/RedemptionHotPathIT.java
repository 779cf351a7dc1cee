package io.haven.mall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.common.TenantNamedStatement;
import io.haven.inventory.boundary.OutOfStock;
import io.haven.inventory.boundary.SubInventories;
import io.haven.inventory.control.StockLedger;
import io.haven.inventory.control.StockLockTimes;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.LimitPeriod;
import io.haven.mall.boundary.InsufficientPoints;
import io.haven.mall.boundary.RedemptionView;
import io.haven.mall.boundary.Redemptions;
import io.haven.mall.entity.RedemptionStatus;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.boundary.PointsRuleBroken;
import io.haven.points.entity.PointsSource;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MallFixture;
import io.haven.testing.MemberFixture;
import io.haven.testing.Statements;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The redemption as the hot path ARCHITECTURE § Stock, points and locks describes: what it costs
 * the database (statements, and statements while the stock row is locked — regression guards that
 * fail when either grows), that a shortage found under the stock lock rolls the member's side back,
 * and that the one lock order (accounts and counters before stock) keeps mixed work on the same
 * rows free of deadlocks.
 */
@ExtendWith(ArquillianExtension.class)
class RedemptionHotPathIT {

  static final long COST = 10;

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("redemption-hot-path");
  }

  @Inject MemberFixture members;
  @Inject MallFixture mall;
  @Inject TenantContext context;
  @Inject Statements statements;
  @Inject Redemptions redemption;
  @Inject Instance<Redemptions> redemptions;
  @Inject Instance<PointsLedger> ledgers;
  @Inject PointsLedger ledger;
  @Inject SubInventories subInventories;
  @Inject StockLedger stockLedger;
  @Inject Instance<TenantContext> contexts;
  @Inject RequestContextController requestContext;
  @Resource ManagedThreadFactory threads;
  @Resource UserTransaction transaction;
  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:jboss/datasources/HavenDS")
  DataSource dataSource;

  /**
   * A warm redemption of pure-points goods without limits sends, in order: the one read of its
   * terms (listing, sub-inventory, goods, product, enterprise, member), the account lock, the
   * ledger insert, the redemption insert, the account update — and only then the stock lock and
   * the guarded decrement, followed by the commit. No audit rows (a member's own records), no
   * task query (the candidates are cached), nothing after the decrement.
   */
  @Test
  void aRedemptionIsSevenStatementsTwoOfThemUnderTheStockLock() {
    var store = members.storefront("Lean Mall Co");
    var listing = mall.listing(store, GoodsCategory.COUPON, 10, MallFixture.open().withLink("https://lean.example"), MallFixture.purePoints("Lean", COST));
    long member = mall.member(store, 10 * COST);
    context.enterTenant(context.tenantId(), "member:" + member); // as the storefront names the actor
    redemption.redeem(store.productId(), member, listing.id(), 1, null); // warm: first-time caches

    var tally = statements.count(() -> redemption.redeem(store.productId(), member, listing.id(), 1, null));

    assertThat(tally.executed()).as("statements of one redemption: %s", tally).isLessThanOrEqualTo(7);
    assertThat(tally.whileStockLocked()).as("statements while the stock row is locked: %s", tally).isLessThanOrEqualTo(2);
    assertThat(tally.sql()).as("no audit copy, no task lookup").noneMatch(sql -> sql.contains("audit_entry") || sql.contains("points_task"));
    assertThat(ledger.balance(member)).isEqualTo(8 * COST);
  }

  /**
   * A transaction costs the database no statements of its own beyond its COMMIT: the pool leaves a
   * connection's autocommit off between transactions, so no "SET autocommit=0" opens each one and
   * no "SET autocommit=1" follows it (before: two of a redemption's ten statements). Read on
   * MariaDB's own counter, which sees what the driver sends; H2 has none to read.
   */
  @Test
  void aTransactionSendsNoAutocommitSwitches() throws Exception {
    var store = members.storefront("Switchless Mall Co");
    var listing = mall.listing(store, GoodsCategory.COUPON, 100, MallFixture.open().withLink("https://switchless.example"), MallFixture.purePoints("Switchless", COST));
    long member = mall.member(store, 100 * COST);
    context.enterTenant(context.tenantId(), "member:" + member);
    redemption.redeem(store.productId(), member, listing.id(), 1, null);
    Long before = setOptions();
    if (before == null) {
      return; // H2: no such counter; the MariaDB run of this class asserts it
    }
    int redeemed = 20;
    for (int i = 0; i < redeemed; i++) {
      redemption.redeem(store.productId(), member, listing.id(), 1, null);
    }
    long switches = setOptions() - before;
    // a few may come from a connection the pool opens meanwhile (its session set-up); two per
    // transaction would be 40
    assertThat(switches).as("SET statements during %d redemptions", redeemed).isLessThan(redeemed / 2);
  }

  /** MariaDB's count of SET statements so far (all sessions), read inside a transaction; null on H2. */
  private Long setOptions() throws Exception {
    transaction.begin();
    try (var connection = dataSource.getConnection()) {
      if (!connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).matches(".*(mysql|mariadb).*")) {
        return null;
      }
      try (var status = connection.createStatement().executeQuery("show global status like 'Com_set_option'")) {
        status.next();
        return status.getLong(2);
      }
    } finally {
      transaction.commit();
    }
  }

  /**
   * The terms read and the stock decrement name their tenant themselves (they run without
   * Hibernate's tenant filter, so their plans are compiled once — TenantNamedStatement): another
   * tenant's listing or member is not found even when every other id is right, and the filter is
   * on again for whatever the transaction does next.
   */
  @Test
  void theStatementsThatNameTheirTenantStayInIt() throws Exception {
    var owner = members.storefront("Named Owner Co");
    long ownerTenant = context.tenantId();
    var listing = mall.listing(owner, GoodsCategory.COUPON, 10, MallFixture.open().withLink("https://named.example"), MallFixture.purePoints("Named", COST));
    var thief = members.storefront("Named Thief Co");
    long thiefMember = mall.member(thief, 10 * COST);
    context.enterTenant(context.tenantId(), "member:" + thiefMember);
    assertThatThrownBy(() -> redemption.redeem(owner.productId(), thiefMember, listing.id(), 1, null))
        .as("the owner's product and listing, from the thief's tenant").isInstanceOf(NotFound.class);
    context.enterTenant(ownerTenant, "member:" + thiefMember);
    assertThatThrownBy(() -> redemption.redeem(owner.productId(), thiefMember, listing.id(), 1, null))
        .as("the thief's member, in the owner's tenant").isInstanceOf(NotFound.class);
    assertThat(subInventories.get(listing.subInventoryId()).available()).isEqualTo(10);

    transaction.begin();
    try {
      long everyTenant = TenantNamedStatement.run(em, () -> em.createQuery("select count(l) from Listing l", Long.class).getSingleResult());
      long ownerOnly = em.createQuery("select count(l) from Listing l", Long.class).getSingleResult();
      assertThat(everyTenant).as("inside: no filter (the statement must name its tenant)").isGreaterThan(ownerOnly);
      assertThat(ownerOnly).as("after: the owner's listings only").isEqualTo(1);
    } finally {
      transaction.rollback();
    }
  }

  /** A per-user limit adds its counter's guarded update — before the stock lock, not under it. */
  @Test
  void aLimitedRedemptionCountsBeforeTheStockLock() {
    var store = members.storefront("Counted Mall Co");
    var listing =
        mall.listing(store, GoodsCategory.COUPON, 10, MallFixture.open().withLink("https://counted.example").withLimits(5, LimitPeriod.DAY, -1, null, -1),
            MallFixture.purePoints("Counted", COST));
    long member = mall.member(store, 10 * COST);
    context.enterTenant(context.tenantId(), "member:" + member);
    redemption.redeem(store.productId(), member, listing.id(), 1, null); // opens the period's counter row

    var tally = statements.count(() -> redemption.redeem(store.productId(), member, listing.id(), 1, null));

    assertThat(tally.executed()).as("statements of one limited redemption: %s", tally).isLessThanOrEqualTo(8);
    assertThat(tally.whileStockLocked()).as("statements while the stock row is locked: %s", tally).isLessThanOrEqualTo(2);
  }

  /**
   * The stock turns out short only under its lock: the member's debit, ledger entry, counter and
   * redemption — all written before the lock — roll back with it. A holder takes a unit of 2 under
   * the lock; a member asks for 2, passes the unlocked read (2 committed), writes their side and
   * waits for the lock; the holder commits; the member finds 1 and is refused. The lock clock
   * proves the member's transaction really reached the stock lock (not the early read's refusal).
   */
  @Test
  void aShortageFoundUnderTheStockLockRollsBackTheMembersSide() throws Exception {
    var store = members.storefront("Short Mall Co");
    long tenantId = context.tenantId();
    var listing =
        mall.listing(store, GoodsCategory.COUPON, 2, MallFixture.open().withLink("https://short.example").withLimits(5, LimitPeriod.DAY, -1, null, -1),
            MallFixture.purePoints("Short", COST));
    long member = mall.member(store, 5 * COST);
    long locksBefore = StockLockTimes.snapshot().locks();
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ConcurrentLinkedQueue<Object> holder = new ConcurrentLinkedQueue<>();
    Thread holderThread =
        threads.newThread(
            () -> {
              requestContext.activate();
              try {
                contexts.get().enterTenant(tenantId, "holder");
                transaction.begin();
                stockLedger.lockForRedemption(listing.subInventoryId());
                stockLedger.take(listing.subInventoryId(), 1);
                holding.countDown();
                release.await(30, TimeUnit.SECONDS);
                transaction.commit();
              } catch (Exception e) {
                holder.add(e);
                holding.countDown();
              } finally {
                requestContext.deactivate();
              }
            });
    holderThread.start();
    assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
    ConcurrentLinkedQueue<Object> outcome = new ConcurrentLinkedQueue<>();
    Thread memberThread =
        threads.newThread(
            () -> {
              requestContext.activate();
              try {
                contexts.get().enterTenant(tenantId, "member:" + member);
                outcome.add(redemptions.get().redeem(store.productId(), member, listing.id(), 2, null));
              } catch (RuntimeException e) {
                outcome.add(e);
              } finally {
                requestContext.deactivate();
              }
            });
    memberThread.start();
    Thread.sleep(1500); // the member reaches the stock lock (and waits there, up to its timeout)
    release.countDown();
    holderThread.join(TimeUnit.SECONDS.toMillis(30));
    memberThread.join(TimeUnit.SECONDS.toMillis(30));

    assertThat(holder).isEmpty();
    assertThat(outcome).singleElement().isInstanceOf(OutOfStock.class);
    assertThat(StockLockTimes.snapshot().locks() - locksBefore).as("the holder's and the member's lock").isEqualTo(2);
    assertThat(ledger.balance(member)).isEqualTo(5 * COST);
    assertThat(ledger.history(member, 0, 10).total()).as("only the test float").isEqualTo(1);
    assertThat(redemption.mine(store.productId(), member, 0, 10).total()).isZero();
    assertThat(subInventories.get(listing.subInventoryId()).available()).isEqualTo(1);
    assertThat(usedCounts(tenantId, listing.subInventoryId())).as("the counter rolled back too").isZero();
  }

  /**
   * Mixed work on the same rows at once: redemptions with a cash part (account, counters, then
   * stock), releases of the unpaid ones (payment, redemption, account refund, counters, then the
   * stock put back) and manual credits and debits of the same accounts. With one lock order none
   * of them can wait for another in a circle: every attempt ends as a redemption, a release or a
   * domain refusal — never a deadlock error or a lock time-out (BUSY). With the release putting
   * the stock back before refunding the account (the order before), MariaDB reports deadlocks.
   */
  @Test
  void mixedOperationsOnTheSameRowsNeverDeadlock() throws Exception {
    var store = members.storefront("Mixed Mall Co");
    long tenantId = context.tenantId();
    int stock = 1000;
    var listing =
        mall.listing(store, GoodsCategory.COUPON, stock, MallFixture.open().withLink("https://mixed.example").withLimits(1000, LimitPeriod.DAY, -1, null, -1),
            MallFixture.pointsPlusCash("Mixed", COST, 100_000)); // a cash part: each redemption waits for payment and can be released
    long[] member = new long[4];
    for (int i = 0; i < member.length; i++) {
      member[i] = mall.member(store, 1000 * COST);
    }
    int redeemers = 6;
    int releasers = 2;
    int movers = 2;
    int rounds = 12;
    CyclicBarrier start = new CyclicBarrier(redeemers + releasers + movers);
    java.util.concurrent.atomic.AtomicInteger redeeming = new java.util.concurrent.atomic.AtomicInteger(redeemers);
    ConcurrentLinkedQueue<Object> outcomes = new ConcurrentLinkedQueue<>();
    List<Thread> all = new ArrayList<>();
    for (int i = 0; i < redeemers; i++) {
      long me = member[i % member.length];
      all.add(worker(tenantId, "member:" + me, start, outcomes, () -> {
        for (int a = 0; a < rounds; a++) {
          outcomes.add(attempt(() -> redemptions.get().redeem(store.productId(), me, listing.id(), 1, null)));
        }
        redeeming.decrementAndGet();
      }));
    }
    for (int i = 0; i < releasers; i++) {
      all.add(worker(tenantId, "system:test", start, outcomes, () -> {
        boolean last = false;
        while (!last) { // until the redeemers are done, and once more after that
          last = redeeming.get() == 0;
          // every tenant's due redemptions are listed, oldest first: other tests' leftovers must not crowd this tenant's out
          for (long[] due : redemptions.get().unpaidDue(Instant.now().plus(1, ChronoUnit.DAYS), 100_000)) {
            if (due[0] == tenantId) {
              outcomes.add(attempt(() -> redemptions.get().releaseUnpaid(due[1])));
            }
          }
        }
      }));
    }
    for (int i = 0; i < movers; i++) {
      int offset = i;
      all.add(worker(tenantId, "operator:test", start, outcomes, () -> {
        for (int a = 0; a < rounds; a++) {
          long m = member[(a + offset) % member.length];
          outcomes.add(attempt(() -> ledgers.get().credit(m, 3, PointsSource.MANUAL, null, "Mixed credit")));
          outcomes.add(attempt(() -> ledgers.get().debit(m, 2, PointsSource.MANUAL, null, "Mixed debit")));
        }
      }));
    }
    all.forEach(Thread::start);
    for (Thread t : all) {
      t.join(TimeUnit.MINUTES.toMillis(3));
      assertThat(t.isAlive()).as("worker finished").isFalse();
    }

    List<Object> unexpected =
        outcomes.stream()
            .filter(o -> o instanceof Throwable)
            .filter(o -> !(o instanceof InsufficientPoints || o instanceof PointsRuleBroken p && "points.insufficient".equals(p.code())))
            .toList();
    assertThat(unexpected).as("no deadlock, time-out or persistence error").isEmpty();
    long redeemed = outcomes.stream().filter(o -> o instanceof RedemptionView).count();
    assertThat(redeemed).as("redemptions went through").isPositive();
    assertThat(outcomes.stream().filter(Boolean.TRUE::equals).count())
        .as("releases went through: %s", outcomes.stream().collect(java.util.stream.Collectors.groupingBy(o -> String.valueOf(o instanceof RedemptionView v ? v.status() : o), java.util.stream.Collectors.counting())))
        .isPositive();

    try (var c = dataSource.getConnection()) {
      try (var s = c.prepareStatement(
              "select a.id, a.balance, coalesce(sum(e.amount), 0) from points_account a left join ledger_entry e on e.account_id = a.id"
                  + " where a.tenant_id = ? group by a.id, a.balance")) {
        s.setLong(1, tenantId);
        try (var rs = s.executeQuery()) {
          while (rs.next()) {
            assertThat(rs.getLong(2)).as("account %d balance = sum of ledger", rs.getLong(1)).isEqualTo(rs.getLong(3)).isNotNegative();
          }
        }
      }
      try (var s = c.prepareStatement("select coalesce(sum(quantity), 0) from redemption where tenant_id = ? and status <> 'CANCELLED'")) {
        s.setLong(1, tenantId);
        try (var rs = s.executeQuery()) {
          rs.next();
          var sub = subInventories.get(listing.subInventoryId());
          assertThat(sub.outbound()).as("units out = redemptions not released").isEqualTo(rs.getLong(1));
          assertThat(sub.available() + sub.outbound()).isEqualTo(stock);
        }
      }
    }
    assertThat(redemption.mine(store.productId(), member[0], 0, 100).items()).allMatch(r -> r.status() == RedemptionStatus.PENDING_PAYMENT
        || r.status() == RedemptionStatus.CANCELLED);
  }

  private Thread worker(long tenantId, String actor, CyclicBarrier start, ConcurrentLinkedQueue<Object> outcomes, Runnable work) {
    return threads.newThread(
        () -> {
          requestContext.activate();
          try {
            contexts.get().enterTenant(tenantId, actor);
            start.await(60, TimeUnit.SECONDS);
            work.run();
          } catch (Exception e) {
            outcomes.add(e);
          } finally {
            requestContext.deactivate();
          }
        });
  }

  private static Object attempt(java.util.function.Supplier<Object> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      return e;
    }
  }

  private long usedCounts(long tenantId, long subInventoryId) throws Exception {
    try (var c = dataSource.getConnection();
        var s = c.prepareStatement("select coalesce(sum(used), 0) from redemption_counter where tenant_id = ? and sub_inventory_id = ?")) {
      s.setLong(1, tenantId);
      s.setLong(2, subInventoryId);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
