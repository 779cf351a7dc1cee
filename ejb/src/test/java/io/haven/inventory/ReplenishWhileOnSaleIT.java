package io.haven.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.common.TenantContext;
import io.haven.inventory.boundary.InventoryRuleBroken;
import io.haven.inventory.boundary.OutOfStock;
import io.haven.inventory.boundary.SubInventories;
import io.haven.inventory.boundary.SubInventoryView;
import io.haven.inventory.boundary.TotalInventory;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.mall.boundary.RedemptionView;
import io.haven.mall.boundary.Redemptions;
import io.haven.testing.DomainDeployment;
import io.haven.testing.InventoryFixture;
import io.haven.testing.MallFixture;
import io.haven.testing.MemberFixture;
import io.haven.testing.Racer;
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

/**
 * R6 补货 while on sale (issue 10): ten operators replenish by 5 units each — half of them the listed
 * sub-inventory, half the same goods' sub-inventory of a second product — while forty members
 * redeem from the listed one, all released at once. The goods have 40 unallocated units, so exactly
 * eight replenishments succeed and two are told how many are left; no redemption is
 * refused for anything but a (momentary) sell-out — replenishing leaves the terms a sale read
 * untouched, so none is sent back as "busy"; and afterwards the goods and the sub-inventory
 * reconcile to the unit with the redemptions in the database.
 *
 * <p>How it fails without its lock: with the goods row read without {@code lockGoods}, the two
 * sub-inventories' replenishments no longer queue on one row; they read the same unallocated
 * units and collide on the goods' version, failing with an optimistic-lock error instead of a
 * success or the rule's refusal (checked once by removing the lock). The sub-inventory's units go
 * in by a relative update under its row lock, so a sale between read and write is never
 * overwritten.
 */
@ExtendWith(ArquillianExtension.class)
class ReplenishWhileOnSaleIT {

  static final int OPERATORS = 10;
  static final int MEMBERS = 40;
  static final long OPENING = 10;
  static final long UNALLOCATED = 40;
  static final long STEP = 5;
  static final long OTHER = 2;
  static final long COST = 10;

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("replenish-on-sale");
  }

  @Inject MemberFixture members;
  @Inject MallFixture mall;
  @Inject InventoryFixture fixture;
  @Inject TenantContext context;
  @Inject TotalInventory inventory;
  @Inject SubInventories subInventories;
  @Inject Instance<SubInventories> racingSubInventories;
  @Inject Instance<Redemptions> redemptions;
  @Inject Racer racer;

  @Resource(lookup = "java:jboss/datasources/HavenDS")
  DataSource dataSource;

  @Test
  void replenishmentsWhileMembersRedeemNeitherLoseUnitsNorDisturbTheSales() throws Exception {
    var store = members.storefront("Replenish Co");
    long tenantId = context.tenantId();
    var listing =
        mall.listing(store, GoodsCategory.COUPON, OPENING, MallFixture.open().withLink("https://replenish.example"), MallFixture.purePoints("Refill", COST));
    inventory.addStock(listing.goodsId(), UNALLOCATED + OTHER);
    long other = fixture.allocate(listing.goodsId(), fixture.product("Replenish Other App").id(), OTHER).id();
    assertThat(subInventories.get(listing.subInventoryId()).online()).isTrue();
    long[] member = new long[MEMBERS];
    for (int i = 0; i < MEMBERS; i++) {
      member[i] = mall.member(store, COST);
    }

    List<Object> outcomes =
        racer.race(
            OPERATORS + MEMBERS,
            tenantId,
            i -> i < OPERATORS
                ? () -> racingSubInventories.get().replenish(i % 2 == 0 ? listing.subInventoryId() : other, STEP)
                : () -> redemptions.get().redeem(store.productId(), member[i - OPERATORS], listing.id(), 1, null));

    List<Object> replenishments = outcomes.subList(0, OPERATORS);
    assertThat(replenishments).filteredOn(o -> o instanceof SubInventoryView).hasSize((int) (UNALLOCATED / STEP));
    assertThat(replenishments)
        .filteredOn(o -> !(o instanceof SubInventoryView))
        .as("%s", replenishments)
        .hasSize(OPERATORS - (int) (UNALLOCATED / STEP))
        .allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(InventoryRuleBroken.class, e -> assertThat(e.code()).isEqualTo("inventory.unallocated.insufficient")));
    List<Object> sales = outcomes.subList(OPERATORS, outcomes.size());
    assertThat(sales).as("only sales and sell-outs: %s", sales).allMatch(o -> o instanceof RedemptionView || o instanceof OutOfStock);
    long sold = sales.stream().filter(o -> o instanceof RedemptionView).count();
    assertThat(sold).as("the opening stock at least").isGreaterThanOrEqualTo(Math.min(OPENING, MEMBERS));

    SubInventoryView sub = subInventories.get(listing.subInventoryId());
    SubInventoryView second = subInventories.get(other);
    long replenishedHere = replenishments.stream().filter(o -> o instanceof SubInventoryView v && v.id() == sub.id()).count() * STEP;
    assertThat(sub.allocatedTotal()).isEqualTo(OPENING + replenishedHere);
    assertThat(second.allocatedTotal()).isEqualTo(OTHER + UNALLOCATED - replenishedHere);
    assertThat(sub.outbound()).isEqualTo(sold);
    assertThat(sub.available()).isEqualTo(OPENING + replenishedHere - sold);
    assertThat(sub.online()).isTrue();
    var goods = inventory.get(listing.goodsId());
    assertThat(goods.unallocated()).isZero();
    assertThat(goods.stockTotal()).isEqualTo(OPENING + OTHER + UNALLOCATED);

    try (var c = dataSource.getConnection();
        var s = c.prepareStatement(
            "select s.available, s.allocated_total, s.outbound, (select count(*) from redemption r where r.sub_inventory_id = s.id and r.tenant_id = ?)"
                + " from sub_inventory s where s.id = ? and s.tenant_id = ?")) {
      s.setLong(1, tenantId);
      s.setLong(2, listing.subInventoryId());
      s.setLong(3, tenantId);
      try (var rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(3)).as("outbound = redemptions in the database").isEqualTo(rs.getLong(4)).isEqualTo(sold);
        assertThat(rs.getLong(1)).as("available = allocated - outbound").isEqualTo(rs.getLong(2) - rs.getLong(3));
      }
    }
  }
}
