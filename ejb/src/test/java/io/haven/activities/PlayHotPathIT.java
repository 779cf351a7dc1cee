package io.haven.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.activities.boundary.Plays;
import io.haven.common.TenantContext;
import io.haven.testing.ActivityFixture;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MallFixture;
import io.haven.testing.MemberFixture;
import io.haven.testing.Statements;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A play as the hot path ARCHITECTURE § Stock, points and locks describes — what it costs the
 * database, and how little of it runs while the prize row is locked (regression guards that fail
 * when either grows). A warm paid play that wins: the terms, the odds, the account lock, the day's
 * counter (update and read back), the play number, the ledger entry, the prize's award
 * configuration, the account update — then the prize lock, the guarded decrement and the play row,
 * and the commit. A no-prize play never touches the prize row.
 */
@ExtendWith(ArquillianExtension.class)
class PlayHotPathIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("play-hot-path");
  }

  @Inject MemberFixture members;
  @Inject MallFixture mall;
  @Inject ActivityFixture fixture;
  @Inject Plays plays;
  @Inject Statements statements;
  @Inject TenantContext context;

  @Test
  void aWinningPlayIsTwelveStatementsThreeOfThemUnderThePrizeLock() {
    var store = members.storefront("Lean Draw Co");
    var activity = fixture.published(store, ActivityFixture.settings(10, 0, -1), 100, 1_000_000);
    long member = mall.member(store, 1000);
    context.enterTenant(context.tenantId(), "member:" + member); // as the storefront names the actor
    plays.play(store.productId(), activity.id(), member, null); // warm: first-time caches, the day's counter row

    var tally = statements.count(() -> plays.play(store.productId(), activity.id(), member, null));

    assertThat(tally.executed()).as("statements of one winning play: %s", tally).isLessThanOrEqualTo(12);
    assertThat(tally.whileLocked("prize")).as("statements while the prize row is locked: %s", tally).isBetween(1, 3);
    assertThat(tally.sql()).as("no audit copy, no task lookup").noneMatch(sql -> sql.contains("audit_entry") || sql.contains("points_task"));
  }

  @Test
  void aNoPrizePlayNeverLocksAPrize() {
    var store = members.storefront("No Prize Co");
    var activity = fixture.published(store, ActivityFixture.settings(0, 5, 5), 100, 0);
    long member = mall.member(store, 0);
    context.enterTenant(context.tenantId(), "member:" + member);
    plays.play(store.productId(), activity.id(), member, null);

    var tally = statements.count(() -> plays.play(store.productId(), activity.id(), member, null));

    assertThat(tally.whileLocked("prize")).as("no prize row locked: %s", tally).isZero();
    assertThat(tally.executed()).as("statements of one no-prize play: %s", tally).isLessThanOrEqualTo(8);
  }
}
