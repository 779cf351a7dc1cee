package io.haven.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.NotFound;
import io.haven.inventory.boundary.AllocationRequest;
import io.haven.inventory.boundary.Allocations;
import io.haven.inventory.boundary.InventoryRuleBroken;
import io.haven.inventory.boundary.OutOfStock;
import io.haven.inventory.boundary.SubInventories;
import io.haven.inventory.boundary.SubInventoryView;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.testing.DomainDeployment;
import io.haven.testing.InventoryFixture;
import io.haven.testing.Racer;
import io.haven.testing.StockMoves;
import io.haven.testing.Tenants;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stock row the mall sells from: the guarded take, the lock, the cap and the tenant predicate. */
@ExtendWith(ArquillianExtension.class)
class StockLedgerIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("stock-ledger");
  }

  @Inject Tenants tenants;
  @Inject InventoryFixture fixture;
  @Inject Allocations allocations;
  @Inject SubInventories subInventories;
  @Inject StockMoves moves;
  @Inject Instance<StockMoves> racingMoves;
  @Inject Racer racer;

  @Resource(lookup = "java:jboss/datasources/HavenDS")
  DataSource dataSource;

  @Test
  void takeRefusesWhenFewerAreAvailableAndPutBackReturnsUnits() throws Exception {
    tenants.actAs(tenants.open("Take Co"));
    SubInventoryView sub = stocked("Take", 3, -1);
    moves.take(sub.id(), 2);
    assertThatThrownBy(() -> moves.take(sub.id(), 2))
        .isInstanceOfSatisfying(OutOfStock.class, e -> assertThat(e.code()).isEqualTo("inventory.outOfStock"));
    assertThat(subInventories.get(sub.id()).available()).isEqualTo(1);
    assertThat(subInventories.get(sub.id()).outbound()).isEqualTo(2);
    moves.putBack(sub.id(), 2);
    assertThat(subInventories.get(sub.id()).available()).isEqualTo(3);
    assertThat(subInventories.get(sub.id()).outbound()).isZero();
    assertThatThrownBy(() -> moves.putBack(sub.id(), 1))
        .isInstanceOfSatisfying(InventoryRuleBroken.class, e -> assertThat(e.code()).isEqualTo("inventory.putBack.invalid"));
    assertThat(moves.lockAndTake(sub.id(), 3)).isEqualTo(3);
    assertThat(availableInDatabase(sub.id())).isZero();
  }

  @Test
  void theTotalCapStopsTakesBeforeTheStockRunsOut() {
    tenants.actAs(tenants.open("Cap Co"));
    SubInventoryView sub = stocked("Capped", 10, 2);
    moves.take(sub.id(), 1);
    moves.take(sub.id(), 1);
    assertThatThrownBy(() -> moves.take(sub.id(), 1))
        .isInstanceOfSatisfying(OutOfStock.class, e -> assertThat(e.code()).isEqualTo("inventory.capReached"));
    assertThat(subInventories.get(sub.id()).available()).isEqualTo(8);
  }

  /**
   * 30 takes of one unit race for 20 units with no row lock at all: the SQL guard alone lets
   * exactly 20 through and refuses 10; available ends at 0 (never below).
   */
  @Test
  void concurrentTakesWithoutTheLockNeverGoBelowZero() throws Exception {
    long tenant = tenants.open("Guard Race Co");
    tenants.actAs(tenant);
    SubInventoryView sub = stocked("Guarded", 20, -1);
    List<Object> outcomes = racer.race(30, tenant, i -> () -> racingMoves.get().take(sub.id(), 1));
    assertThat(outcomes).filteredOn("taken"::equals).hasSize(20);
    assertThat(outcomes).filteredOn(o -> o instanceof OutOfStock).hasSize(10);
    assertThat(availableInDatabase(sub.id())).isZero();
    assertThat(subInventories.get(sub.id()).outbound()).isEqualTo(20);
  }

  /** The same race as the mall runs it (lock, then take): each racer sees the count the one before left. */
  @Test
  void lockedTakesRunOneAfterTheOther() throws Exception {
    long tenant = tenants.open("Lock Race Co");
    tenants.actAs(tenant);
    SubInventoryView sub = stocked("Locked", 10, -1);
    List<Object> outcomes = racer.race(12, tenant, i -> () -> racingMoves.get().lockAndTake(sub.id(), 1));
    assertThat(outcomes).filteredOn(o -> o instanceof Long).extracting(o -> (Long) o).containsExactlyInAnyOrder(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
    assertThat(outcomes).filteredOn(o -> o instanceof OutOfStock).hasSize(2);
    assertThat(availableInDatabase(sub.id())).isZero();
  }

  /** A row this transaction read before locking it is re-read under the lock, not kept stale. */
  @Test
  void theLockSeesSalesMadeAfterAnEarlierUnlockedRead() {
    tenants.actAs(tenants.open("Stale Read Co"));
    SubInventoryView sub = stocked("Stale", 10, -1);
    assertThat(moves.readSellElsewhereThenLock(sub.id(), 3)).isEqualTo(7);
  }

  /** Bulk updates bypass @TenantId: another tenant's id is not found and its row is untouched. */
  @Test
  void anotherTenantsStockCannotBeTakenOrLocked() throws Exception {
    long a = tenants.open("Stock Owner");
    long b = tenants.open("Stock Thief");
    SubInventoryView sub = tenants.as(a, () -> stocked("Owned", 5, -1));
    tenants.actAs(b);
    assertThatThrownBy(() -> moves.take(sub.id(), 1)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> moves.putBack(sub.id(), 1)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> moves.lockAndTake(sub.id(), 1)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> moves.unusedCodes(sub.id())).isInstanceOf(NotFound.class);
    assertThat(availableInDatabase(sub.id())).isEqualTo(5);
  }

  private SubInventoryView stocked(String name, long units, long cap) {
    var goods = fixture.goods(name, GoodsCategory.PHYSICAL, units);
    Instant now = Instant.now();
    var request = AllocationRequest.unlimited(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1))).withLimits(-1, null, -1, null, cap);
    SubInventoryView sub = allocations.allocate(goods.id(), fixture.product(name + " App").id(), units, request);
    subInventories.setOnline(sub.id(), true);
    return sub;
  }

  private long availableInDatabase(long subInventoryId) throws Exception {
    try (var c = dataSource.getConnection(); var s = c.prepareStatement("select available from sub_inventory where id = ?")) {
      s.setLong(1, subInventoryId);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
