package io.haven.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.points.boundary.LedgerEntryView;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.boundary.PointsRuleBroken;
import io.haven.points.entity.PointsSource;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MemberFixture;
import io.haven.testing.Racer;
import io.haven.testing.Tenants;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** V2: the ledger is the only way points move; balances never go negative or double-spend. */
@ExtendWith(ArquillianExtension.class)
class PointsLedgerIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("points-ledger");
  }

  @Inject MemberFixture fixture;
  @Inject Tenants tenants;
  @Inject TenantContext context;
  @Inject PointsLedger ledger;
  @Inject Instance<PointsLedger> ledgers;
  @Inject Racer racer;

  @Resource(lookup = "java:jboss/datasources/HavenDS")
  DataSource dataSource;

  @Test
  void creditsAndDebitsKeepBalanceEqualToTheLedger() throws Exception {
    var store = fixture.storefront("Ledger Co");
    long member = fixture.member(store).id();
    assertThat(ledger.balance(member)).isZero();

    ledger.credit(member, 100, PointsSource.MANUAL, null, "Welcome gift");
    ledger.debit(member, 30, PointsSource.MALL_REDEMPTION, "R-1", "Coffee cup");
    LedgerEntryView last = ledger.credit(member, 5, PointsSource.TASK, "T-1", "Daily sign-in");
    assertThat(last.balanceAfter()).isEqualTo(75);
    assertThat(last.actor()).isEqualTo(context.actor());

    assertThatThrownBy(() -> ledger.debit(member, 76, PointsSource.MANUAL, null, "Too much"))
        .isInstanceOf(PointsRuleBroken.class).hasMessageContaining("balance 75");
    assertThat(ledger.balance(member)).isEqualTo(75);
    assertThat(ledger.history(member, 0, 50).items()).extracting(LedgerEntryView::amount).containsExactly(5L, -30L, 100L);
    assertLedgerMatchesBalances(context.tenantId());
  }

  @Test
  void aReferenceMovesPointsOnce() {
    var store = fixture.storefront("Once Co");
    long member = fixture.member(store).id();
    ledger.credit(member, 10, PointsSource.TASK, "completion-42", "Task");
    assertThatThrownBy(() -> ledger.credit(member, 10, PointsSource.TASK, "completion-42", "Task again"))
        .isInstanceOf(PointsRuleBroken.class).extracting(e -> ((PointsRuleBroken) e).code()).isEqualTo("points.duplicate");
    // the same reference from another source is a different movement
    ledger.debit(member, 10, PointsSource.MALL_REDEMPTION, "completion-42", "Redemption");
    assertThat(ledger.balance(member)).isZero();
  }

  @Test
  void badAmountsAndReasonsAreRefused() {
    var store = fixture.storefront("Strict Ledger Co");
    long member = fixture.member(store).id();
    for (long amount : new long[] {0, -5, PointsLedger.MAX_AMOUNT + 1, Long.MIN_VALUE}) {
      assertThatThrownBy(() -> ledger.credit(member, amount, PointsSource.MANUAL, null, "x"))
          .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("amount");
    }
    assertThatThrownBy(() -> ledger.credit(member, 1, PointsSource.MANUAL, null, " "))
        .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("reason");
    assertThatThrownBy(() -> ledger.credit(member, 1, PointsSource.MANUAL, "r".repeat(65), "x"))
        .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("reference");
    assertThat(ledger.history(member, 0, 10).total()).isZero();
  }

  @Test
  void anotherTenantCannotMoveOrReadAMembersPoints() {
    var store = fixture.storefront("Owner Co");
    long member = fixture.member(store).id();
    ledger.credit(member, 50, PointsSource.MANUAL, null, "Gift");
    long other = tenants.open("Thief Co");
    tenants.actAs(other);
    assertThatThrownBy(() -> ledger.debit(member, 50, PointsSource.MANUAL, null, "Steal")).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> ledger.credit(member, 50, PointsSource.MANUAL, null, "Inflate")).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> ledger.balance(member)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> ledger.history(member, 0, 10)).isInstanceOf(NotFound.class);
  }

  /**
   * 40 debits of 3 points race for a balance of 100: exactly 33 succeed, 7 are refused as
   * insufficient, the balance ends at 1 and equals the ledger. Without the account lock the
   * racing transactions read the same balance: the version check then fails some of them with
   * rollbacks instead (fewer than 33 succeed), and without the version the balance would be wrong.
   */
  @Test
  void concurrentDebitsNeverOverspend() throws Exception {
    var store = fixture.storefront("Race Ledger Co");
    long member = fixture.member(store).id();
    long tenantId = context.tenantId();
    ledger.credit(member, 100, PointsSource.MANUAL, null, "Float");

    List<Object> outcomes = racer.race(40, tenantId, i -> () -> ledgers.get().debit(member, 3, PointsSource.MALL_REDEMPTION, "order-" + i, "Race"));
    long succeeded = outcomes.stream().filter(o -> o instanceof LedgerEntryView).count();
    long refused = outcomes.stream().filter(o -> o instanceof PointsRuleBroken p && p.code().equals("points.insufficient")).count();
    assertThat(outcomes).allMatch(o -> o instanceof LedgerEntryView || o instanceof PointsRuleBroken);
    assertThat(succeeded).isEqualTo(33);
    assertThat(refused).isEqualTo(7);
    assertThat(ledger.balance(member)).isEqualTo(1);
    assertLedgerMatchesBalances(tenantId);
  }

  /** A partner retrying the same credit ten times at once credits it once. */
  @Test
  void concurrentRetriesOfOneReferenceCreditOnce() throws Exception {
    var store = fixture.storefront("Retry Co");
    long member = fixture.member(store).id();
    long tenantId = context.tenantId();
    List<Object> outcomes = racer.race(10, tenantId, i -> () -> ledgers.get().credit(member, 25, PointsSource.API, "partner-req-7", "Retry"));
    assertThat(outcomes.stream().filter(o -> o instanceof LedgerEntryView).count()).isEqualTo(1);
    // each of the nine others is told the reference was already used (the check under the
    // account lock), not a unique-key failure of the ledger insert nor a lock time-out
    assertThat(outcomes)
        .filteredOn(o -> !(o instanceof LedgerEntryView))
        .hasSize(9)
        .allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(PointsRuleBroken.class, e -> {
          assertThat(e.code()).isEqualTo("points.duplicate");
          assertThat(e.field()).isEqualTo("reference");
        }));
    assertThat(ledger.balance(member)).isEqualTo(25);
    assertLedgerMatchesBalances(tenantId);
  }

  /** Σ ledger = balance for every account of the tenant, and no entry ever left a negative balance. */
  private void assertLedgerMatchesBalances(long tenantId) throws Exception {
    try (var c = dataSource.getConnection();
        var s = c.prepareStatement(
            "select a.id, a.balance, coalesce(sum(e.amount), 0) from points_account a left join ledger_entry e on e.account_id = a.id"
                + " where a.tenant_id = ? group by a.id, a.balance");
        var neg = c.prepareStatement("select count(*) from ledger_entry where tenant_id = ? and balance_after < 0")) {
      s.setLong(1, tenantId);
      try (var rs = s.executeQuery()) {
        int accounts = 0;
        while (rs.next()) {
          accounts++;
          assertThat(rs.getLong(2)).as("account %d balance = sum of ledger", rs.getLong(1)).isEqualTo(rs.getLong(3));
          assertThat(rs.getLong(2)).isNotNegative();
        }
        assertThat(accounts).isPositive();
      }
      neg.setLong(1, tenantId);
      try (var rs = neg.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isZero();
      }
    }
  }
}
