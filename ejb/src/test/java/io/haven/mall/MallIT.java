package io.haven.mall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.HavenException;
import io.haven.common.InvalidInput;
import io.haven.common.InvalidInputs;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.inventory.boundary.AllocationRequest;
import io.haven.inventory.boundary.NewGoods;
import io.haven.inventory.boundary.OutOfStock;
import io.haven.inventory.boundary.SubInventories;
import io.haven.inventory.control.CdkPool;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.GoodsPurpose;
import io.haven.inventory.entity.LimitPeriod;
import io.haven.inventory.entity.PointsType;
import io.haven.mall.boundary.AwardUnavailable;
import io.haven.mall.boundary.Expired;
import io.haven.mall.boundary.FlashSaleEnded;
import io.haven.mall.boundary.FlashSaleNotStarted;
import io.haven.mall.boundary.GoodsPage;
import io.haven.mall.boundary.HotLists;
import io.haven.mall.boundary.InsufficientPoints;
import io.haven.mall.boundary.LimitReached;
import io.haven.mall.boundary.ListingDraft;
import io.haven.mall.boundary.ListingFilter;
import io.haven.mall.boundary.ListingGroups;
import io.haven.mall.boundary.ListingOffline;
import io.haven.mall.boundary.ListingView;
import io.haven.mall.boundary.Listings;
import io.haven.mall.boundary.MallRuleBroken;
import io.haven.mall.boundary.PaymentTimeouts;
import io.haven.mall.boundary.Promotions;
import io.haven.mall.boundary.RedemptionFilter;
import io.haven.mall.boundary.RedemptionRecords;
import io.haven.mall.boundary.RedemptionView;
import io.haven.mall.boundary.Redemptions;
import io.haven.mall.boundary.SandboxPayments;
import io.haven.mall.boundary.ShippingAddress;
import io.haven.mall.control.PaymentRefused;
import io.haven.mall.entity.ExchangeMethod;
import io.haven.mall.entity.ListingStatus;
import io.haven.mall.entity.RedemptionStatus;
import io.haven.mall.entity.SaleRule;
import io.haven.members.boundary.Members;
import io.haven.points.boundary.LedgerEntryView;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.entity.PointsSource;
import io.haven.tenancy.boundary.ProductDirectory;
import io.haven.tenancy.boundary.Products;
import io.haven.tenancy.boundary.StorefrontProduct;
import io.haven.testing.DomainDeployment;
import io.haven.testing.InventoryFixture;
import io.haven.testing.MallFixture;
import io.haven.testing.MemberFixture;
import io.haven.testing.Tenants;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import io.haven.inventory.entity.SubInventory;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** M1-M5 through the real boundaries: rules, awards, payments, records, cache, promotion, isolation. */
@ExtendWith(ArquillianExtension.class)
class MallIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("mall");
  }

  @Inject MemberFixture members;
  @Inject MallFixture mall;
  @Inject Tenants tenants;
  @Inject TenantContext context;
  @Inject Listings listings;
  @Inject io.haven.inventory.boundary.TotalInventory inventory;
  @Inject io.haven.inventory.boundary.Allocations allocations;
  @Inject ListingGroups groups;
  @Inject Redemptions redemptions;
  @Inject RedemptionRecords records;
  @Inject SandboxPayments sandbox;
  @Inject PaymentTimeouts timeouts;
  @Inject HotLists hotLists;
  @Inject Promotions promotions;
  @Inject PointsLedger ledger;
  @Inject SubInventories subInventories;
  @Inject CdkPool cdkPool;
  @Inject Products products;
  @Inject ProductDirectory directory;
  @Inject Members memberService;
  @Inject RedeemedRecorder redeemed;
  @Inject io.haven.mall.control.RedemptionLimits limits;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;
  @jakarta.annotation.Resource jakarta.transaction.UserTransaction transaction;
  @Inject io.haven.testing.Racer racer;

  @Test
  void specPriceExamplePaysNinetyFenThroughTheSandboxAndThenAwards() {
    var store = members.storefront("Price Co"); // rate 10 points per yuan
    var listing = mall.listing(store, GoodsCategory.COUPON, 5, MallFixture.open().withLink("https://coupon.example/c1"),
        MallFixture.pointsPlusCash("Coffee voucher", 1, 100));
    assertThat(listing.payableFen()).isEqualTo(90);
    long member = mall.member(store, 10);

    RedemptionView pending = redemptions.redeem(store.productId(), member, listing.id(), 1, "dev-1");
    assertThat(pending.status()).isEqualTo(RedemptionStatus.PENDING_PAYMENT);
    assertThat(pending.points()).isEqualTo(1);
    assertThat(pending.cashFen()).isEqualTo(90);
    assertThat(pending.payUrl()).startsWith("/store/" + store.appId() + "/sandbox-pay/sbx_");
    assertThat(pending.awardLink()).isNull();
    assertThat(ledger.balance(member)).isEqualTo(9);
    assertThat(redeemed.of(pending.orderNumber())).isEmpty();

    String reference = pending.payUrl().substring(pending.payUrl().lastIndexOf('/') + 1);
    assertThat(sandbox.get(reference).amountFen()).isEqualTo(90);
    assertThat(sandbox.confirm(reference).status()).isEqualTo("PAID");
    RedemptionView paid = redemptions.myRedemption(store.productId(), member, pending.id());
    assertThat(paid.status()).isEqualTo(RedemptionStatus.COMPLETED);
    assertThat(paid.awardLink()).isEqualTo("https://coupon.example/c1");
    assertThat(paid.paidAt()).isNotNull();
    assertThat(paid.payUrl()).isNull();
    assertThat(redeemed.of(pending.orderNumber())).hasSize(1);
    assertThatThrownBy(() -> sandbox.confirm(reference)).isInstanceOf(PaymentRefused.class);
    assertThatThrownBy(() -> sandbox.cancel(reference)).isInstanceOf(PaymentRefused.class);
  }

  @Test
  void listingLifecycleAndValidation() {
    var store = members.storefront("Listing Co");
    long sub = mall.subInventory(store, GoodsCategory.COUPON, "Mug", 3, MallFixture.open().withLink("https://x.example"));
    ListingView created = listings.add(store.productId(), sub, MallFixture.purePoints("Mug", 50));
    assertThat(created.status()).isEqualTo(ListingStatus.OFFLINE);
    assertThat(created.groupName()).isEqualTo(groups.defaultGroup(store.productId()).name());
    // the listing dialog leaves out what is listed in the chosen group already (default group for null)
    assertThat(listings.listedInGroup(store.productId(), null)).containsExactly(sub);
    long member = mall.member(store, 500);
    assertThatThrownBy(() -> redemptions.redeem(store.productId(), member, created.id(), 1, null)).isInstanceOf(ListingOffline.class);

    var custom = groups.add(store.productId(), "节日礼品", 5);
    ListingDraft moved = new ListingDraft("Mug 2", custom.id(), ExchangeMethod.PURE_POINTS, 60, 0, 800L, SaleRule.NONE, null, null, "短介绍", 2, "描述");
    ListingView edited = listings.edit(created.id(), created.version(), moved);
    assertThat(edited.groupName()).isEqualTo("节日礼品");
    assertThat(listings.listedInGroup(store.productId(), custom.id())).containsExactly(sub);
    assertThat(listings.listedInGroup(store.productId(), null)).isEmpty();
    assertThat(edited.pointsCost()).isEqualTo(60);
    assertThatThrownBy(() -> groups.remove(store.productId(), custom.id())).isInstanceOf(MallRuleBroken.class);

    assertThat(listings.online(created.id()).status()).isEqualTo(ListingStatus.ONLINE);
    assertThat(listings.offline(created.id()).status()).isEqualTo(ListingStatus.OFFLINE);
    assertThat(listings.voidListing(created.id()).status()).isEqualTo(ListingStatus.VOID);
    assertThat(listings.listedInGroup(store.productId(), custom.id())).as("a void listing lists nothing").isEmpty();
    assertThatThrownBy(() -> listings.online(created.id())).isInstanceOf(MallRuleBroken.class).extracting(e -> ((HavenException) e).code()).isEqualTo("mall.listing.void");
    groups.remove(store.productId(), custom.id()); // only a void listing left: it moves to the default group

    assertField(() -> listings.add(store.productId(), sub, MallFixture.purePoints(" ", 1)), "displayName");
    assertField(() -> listings.add(store.productId(), sub, MallFixture.purePoints("X", 0)), "pointsCost");
    assertField(() -> listings.add(store.productId(), sub, new ListingDraft("X", null, ExchangeMethod.PURE_POINTS, 5, 10, null, SaleRule.NONE, null, null, null, null, null)), "cashFen");
    assertField(() -> listings.add(store.productId(), sub, MallFixture.pointsPlusCash("X", 1, 0)), "cashFen");
    Instant now = Instant.now();
    assertField(() -> listings.add(store.productId(), sub, new ListingDraft("X", null, ExchangeMethod.PURE_POINTS, 5, 0, null, SaleRule.FLASH_SALE, now, now, null, null, null)), "flashEnd");
    assertField(() -> listings.add(store.productId(), sub, new ListingDraft("X", 999_999L, ExchangeMethod.PURE_POINTS, 5, 0, null, SaleRule.NONE, null, null, null, null, null)), "groupId");
    assertField(() -> listings.add(store.productId(), sub, new ListingDraft("X", null, ExchangeMethod.PURE_POINTS, 5, 0, -1L, SaleRule.NONE, null, null, null, null, null)), "strikethroughFen");
    assertField(() -> listings.add(store.productId(), sub, new ListingDraft("X", null, ExchangeMethod.PURE_POINTS, 5, 0, null, SaleRule.NONE, null, null, null, 400, null)), "deliveryDays");
    assertField(() -> groups.add(store.productId(), "", 1), "name");
    assertThatThrownBy(() -> groups.add(store.productId(), groups.defaultGroup(store.productId()).name(), 1)).isInstanceOf(MallRuleBroken.class);
  }

  /** Issue 10: the console shows every broken field of a listing at once, so the boundary answers them all. */
  @Test
  void everyBrokenFieldOfAListingIsAnsweredAtOnce() {
    var store = members.storefront("All Fields Co");
    var broken = new ListingDraft(" ", 999_999L, ExchangeMethod.POINTS_PLUS_CASH, -1, 0, -5L, SaleRule.FLASH_SALE, null, null, null, 400, null);
    assertThatThrownBy(() -> listings.add(store.productId(), null, broken))
        .isInstanceOfSatisfying(
            InvalidInputs.class,
            e -> assertThat(e.all())
                .extracting(InvalidInput::field)
                .containsExactly("subInventoryId", "displayName", "groupId", "pointsCost", "cashFen", "strikethroughFen", "flashStart", "flashEnd", "deliveryDays"));
    // One field broken: the error is that field's own, as before.
    long sub = mall.subInventory(store, GoodsCategory.PHYSICAL, "Cup", 3, MallFixture.open());
    assertThatThrownBy(() -> listings.add(store.productId(), sub, MallFixture.purePoints(" ", 5)))
        .isExactlyInstanceOf(InvalidInput.class)
        .extracting(e -> ((InvalidInput) e).field())
        .isEqualTo("displayName");
    assertThat(listings.list(new ListingFilter(store.productId(), null, null, null), 0, 10).total()).as("nothing written").isZero();
  }

  /** Issue 10: my redemptions name what the member chose — the listing's display name then, not as renamed since. */
  @Test
  void aRedemptionKeepsTheListingsDisplayNameAsRedeemed() {
    var store = members.storefront("Listing Name Co");
    ListingView listing =
        mall.listing(store, GoodsCategory.COUPON, 3, MallFixture.open().withLink("https://x.example"), MallFixture.purePoints("节日特惠杯", 10));
    long member = mall.member(store, 100);
    RedemptionView r = redemptions.redeem(store.productId(), member, listing.id(), 1, null);
    assertThat(r.listingName()).isEqualTo("节日特惠杯");
    listings.edit(listing.id(), listing.version(), MallFixture.purePoints("Renamed cup", 10));
    assertThat(redemptions.mine(store.productId(), member, 0, 10).items()).extracting(RedemptionView::listingName).containsExactly("节日特惠杯");
  }

  /** R3: e-commerce goods allocated to the product are never offered for a listing, and refused if forced. */
  @Test
  void eCommerceSubInventoriesAreNotForThePointsMall() {
    var store = members.storefront("Purpose Co");
    long mallSub = mall.subInventory(store, GoodsCategory.PHYSICAL, "Mall mug", 3, MallFixture.open());
    var shopGoods = inventory.add(new NewGoods(GoodsPurpose.ECOMMERCE, GoodsCategory.PHYSICAL, InventoryFixture.details("Shop mug"), 3, null, null));
    long shopSub = allocations.allocate(shopGoods.id(), store.productId(), 3, MallFixture.open()).id();
    assertThat(listings.notForPointsMall(store.productId())).containsExactly(shopSub).doesNotContain(mallSub);
    assertThatThrownBy(() -> listings.add(store.productId(), shopSub, MallFixture.purePoints("Shop mug", 5))).isInstanceOf(MallRuleBroken.class);

    members.storefront("Purpose Thief Co");
    assertThatThrownBy(() -> listings.notForPointsMall(store.productId())).as("another enterprise's product").isInstanceOf(NotFound.class);
  }

  @Test
  void flashSaleWindowAndEffectiveTime() {
    var store = members.storefront("Flash Co");
    long member = mall.member(store, 1000);
    Instant now = Instant.now();
    long sub = mall.subInventory(store, GoodsCategory.COUPON, "Flash", 10, MallFixture.open().withLink("https://f.example"));
    var soon = listings.add(store.productId(), sub,
        new ListingDraft("Flash", null, ExchangeMethod.PURE_POINTS, 5, 0, null, SaleRule.FLASH_SALE, now.plus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.HOURS), null, null, null));
    listings.online(soon.id());
    assertThatThrownBy(() -> redemptions.redeem(store.productId(), member, soon.id(), 1, null)).isInstanceOf(FlashSaleNotStarted.class);
    var ended = listings.edit(soon.id(), listings.get(soon.id()).version(),
        new ListingDraft("Flash", null, ExchangeMethod.PURE_POINTS, 5, 0, null, SaleRule.FLASH_SALE, now.minus(2, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS), null, null, null));
    assertThatThrownBy(() -> redemptions.redeem(store.productId(), member, ended.id(), 1, null)).isInstanceOf(FlashSaleEnded.class);
    listings.edit(soon.id(), listings.get(soon.id()).version(),
        new ListingDraft("Flash", null, ExchangeMethod.PURE_POINTS, 5, 0, null, SaleRule.FLASH_SALE, now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS), null, null, null));
    assertThat(redemptions.redeem(store.productId(), member, soon.id(), 1, null).status()).isEqualTo(RedemptionStatus.COMPLETED);

    var future = mall.listing(store, GoodsCategory.COUPON, 5,
        AllocationRequest.unlimited(now.plus(1, ChronoUnit.DAYS), now.plus(2, ChronoUnit.DAYS)).withLink("https://f.example"), MallFixture.purePoints("Later", 5));
    assertThatThrownBy(() -> redemptions.redeem(store.productId(), member, future.id(), 1, null))
        .isInstanceOf(Expired.class).extracting(e -> ((HavenException) e).code()).isEqualTo("mall.redeem.notYetEffective");
    var past = mall.listing(store, GoodsCategory.COUPON, 5,
        AllocationRequest.unlimited(now.minus(2, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)).withLink("https://f.example"), MallFixture.purePoints("Gone", 5));
    assertThatThrownBy(() -> redemptions.redeem(store.productId(), member, past.id(), 1, null))
        .isInstanceOf(Expired.class).extracting(e -> ((HavenException) e).code()).isEqualTo("mall.redeem.expired");
  }

  @Test
  void perUserPerDeviceAndTotalLimits() {
    var store = members.storefront("Limit Co");
    var listing = mall.listing(store, GoodsCategory.COUPON, 20,
        MallFixture.open().withLink("https://l.example").withLimits(1, LimitPeriod.DAY, 2, LimitPeriod.WEEK, 4), MallFixture.purePoints("Limited", 10));
    long a = mall.member(store, 100);
    long b = mall.member(store, 100);
    long c = mall.member(store, 100);
    long d = mall.member(store, 100);
    redemptions.redeem(store.productId(), a, listing.id(), 1, "phone-1");
    assertThatThrownBy(() -> redemptions.redeem(store.productId(), a, listing.id(), 1, "phone-9"))
        .isInstanceOf(LimitReached.class).extracting(e -> ((LimitReached) e).limit()).isEqualTo(LimitReached.Limit.USER);
    redemptions.redeem(store.productId(), b, listing.id(), 1, "phone-1");
    assertThatThrownBy(() -> redemptions.redeem(store.productId(), c, listing.id(), 1, "phone-1"))
        .isInstanceOf(LimitReached.class).extracting(e -> ((LimitReached) e).limit()).isEqualTo(LimitReached.Limit.DEVICE);
    assertField(() -> redemptions.redeem(store.productId(), c, listing.id(), 1, null), "deviceId");
    assertThatThrownBy(() -> redemptions.redeem(store.productId(), c, listing.id(), 2, "phone-2"))
        .isInstanceOf(LimitReached.class).extracting(e -> ((LimitReached) e).limit()).isEqualTo(LimitReached.Limit.USER);
    redemptions.redeem(store.productId(), c, listing.id(), 1, "phone-2");
    redemptions.redeem(store.productId(), d, listing.id(), 1, "phone-3");
    long e = mall.member(store, 100);
    assertThatThrownBy(() -> redemptions.redeem(store.productId(), e, listing.id(), 1, "phone-4"))
        .isInstanceOf(LimitReached.class).extracting(x -> ((LimitReached) x).limit()).isEqualTo(LimitReached.Limit.TOTAL);
    // refused attempts took nothing
    assertThat(ledger.balance(a)).isEqualTo(90);
    assertThat(ledger.balance(c)).isEqualTo(90);
    assertThat(ledger.balance(e)).isEqualTo(100);
    assertThat(subInventories.get(listing.subInventoryId()).available()).isEqualTo(16);
  }

  /**
   * Limit periods are calendar periods in the enterprise's time zone (Asia/Shanghai): a new day
   * opens a new per-user count, the per-device WEEK count runs Monday to Sunday, and a released
   * redemption gives its count back. Driven through the counters directly, at chosen instants.
   */
  @Test
  void limitCountersFollowThePeriodBoundaries() throws Exception {
    var store = members.storefront("Period Co");
    long tenantId = context.tenantId();
    var listing = mall.listing(store, GoodsCategory.COUPON, 20,
        MallFixture.open().withLink("https://period.example").withLimits(1, LimitPeriod.DAY, 1, LimitPeriod.WEEK, -1), MallFixture.purePoints("Periodic", 1));
    long member = mall.member(store, 0);
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    Instant mondayLate = Instant.parse("2026-11-23T15:59:59Z"); // Monday 23:59:59 in Shanghai
    Instant tuesday = Instant.parse("2026-11-23T16:00:00Z"); // Tuesday 00:00
    Instant sundayLate = Instant.parse("2026-11-29T15:59:59Z"); // Sunday 23:59:59
    Instant nextMonday = Instant.parse("2026-11-29T16:00:00Z"); // Monday 00:00 of the next week
    transaction.begin();
    try {
      SubInventory sub = em.find(SubInventory.class, listing.subInventoryId());
      limits.count(tenantId, sub, member, "dev-A", 1, mondayLate, shanghai);
      assertLimit(() -> limits.count(tenantId, sub, member, "dev-B", 1, mondayLate, shanghai), LimitReached.Limit.USER);
      // a new day for the user, but the same week for the device
      assertLimit(() -> limits.count(tenantId, sub, member, "dev-A", 1, tuesday, shanghai), LimitReached.Limit.DEVICE);
      limits.count(tenantId, sub, member + 1_000_000, "dev-B", 1, sundayLate, shanghai);
      assertLimit(() -> limits.count(tenantId, sub, member + 2_000_000, "dev-B", 1, sundayLate, shanghai), LimitReached.Limit.DEVICE);
      limits.count(tenantId, sub, member + 2_000_000, "dev-B", 1, nextMonday, shanghai);
      // giving back Monday's redemption frees both counts of that Monday
      limits.release(tenantId, sub, member, "dev-A", 1, mondayLate, shanghai);
      limits.count(tenantId, sub, member, "dev-A", 1, mondayLate.minusSeconds(3600), shanghai);
    } finally {
      transaction.rollback();
    }
  }

  private static void assertLimit(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, LimitReached.Limit which) {
    assertThatThrownBy(call).isInstanceOf(LimitReached.class).extracting(e -> ((LimitReached) e).limit()).isEqualTo(which);
  }

  @Test
  void insufficientPointsAndOutOfStockTakeNothing() {
    var store = members.storefront("Poor Co");
    var listing = mall.listing(store, GoodsCategory.COUPON, 2, MallFixture.open().withLink("https://p.example"), MallFixture.purePoints("Dear", 40));
    long poor = mall.member(store, 39);
    assertThatThrownBy(() -> redemptions.redeem(store.productId(), poor, listing.id(), 1, null)).isInstanceOf(InsufficientPoints.class);
    assertThat(ledger.balance(poor)).isEqualTo(39);
    long rich = mall.member(store, 1000);
    assertThatThrownBy(() -> redemptions.redeem(store.productId(), rich, listing.id(), 3, null)).isInstanceOf(OutOfStock.class);
    assertThat(subInventories.get(listing.subInventoryId()).available()).isEqualTo(2);
    assertThat(ledger.balance(rich)).isEqualTo(1000);
    assertThat(records.list(new RedemptionFilter(null, null, null, null, null, store.productId(), null), 0, 10).total()).isZero();
    assertField(() -> redemptions.redeem(store.productId(), rich, listing.id(), 0, null), "quantity");
  }

  @Test
  void unpaidRedemptionIsReleasedOnceAfterTheTimeout() throws Exception {
    var store = members.storefront("Timeout Co");
    var listing = mall.listing(store, GoodsCategory.COUPON, 1,
        MallFixture.open().withLink("https://t.example").withLimits(1, LimitPeriod.DAY, -1, null, -1), MallFixture.pointsPlusCash("Cash mug", 30, 500));
    long member = mall.member(store, 100);
    RedemptionView pending = redemptions.redeem(store.productId(), member, listing.id(), 1, null);
    assertThat(subInventories.get(listing.subInventoryId()).available()).isZero();
    assertThat(ledger.balance(member)).isEqualTo(70);

    assertThat(timeouts.releaseDue(Instant.now())).as("not due yet").isZero();
    Instant late = Instant.now().plus(Duration.ofMinutes(16));
    // two sweeps at once (two nodes), started together on threads of their own: the redemption
    // is released once, and neither sweep fails on the other's work
    List<Object> sweeps = racer.race(2, context.tenantId(), i -> () -> timeouts.releaseDue(late));
    assertThat(sweeps).as("each sweep answers how many it released").allMatch(o -> o instanceof Integer);
    int released = sweeps.stream().mapToInt(o -> (Integer) o).sum();
    released += timeouts.releaseDue(late);
    // the sweep covers every tenant (other tests' unpaid redemptions too): at least ours
    assertThat(released).isPositive();
    RedemptionView cancelled = redemptions.myRedemption(store.productId(), member, pending.id());
    assertThat(cancelled.status()).isEqualTo(RedemptionStatus.CANCELLED);
    assertThat(cancelled.cancelledAt()).isNotNull();
    assertThat(subInventories.get(listing.subInventoryId()).available()).isEqualTo(1);
    assertThat(ledger.balance(member)).isEqualTo(100);
    assertThat(ledger.history(member, 0, 10).items()).filteredOn(e -> e.source() == PointsSource.REFUND)
        .extracting(LedgerEntryView::amount).containsExactly(30L);
    String reference = pending.payUrl().substring(pending.payUrl().lastIndexOf('/') + 1);
    assertThatThrownBy(() -> sandbox.confirm(reference)).isInstanceOf(PaymentRefused.class);
    // the per-user limit was given back with it: the member may redeem again today
    assertThat(redemptions.redeem(store.productId(), member, listing.id(), 1, null).status()).isEqualTo(RedemptionStatus.PENDING_PAYMENT);
  }

  @Test
  void memberCancelsOnThePayPageAndGetsEverythingBack() {
    var store = members.storefront("Cancel Co");
    var listing = mall.listing(store, GoodsCategory.COUPON, 1, MallFixture.open().withLink("https://c.example"), MallFixture.pointsPlusCash("Cash cup", 5, 200));
    long member = mall.member(store, 5);
    RedemptionView pending = redemptions.redeem(store.productId(), member, listing.id(), 1, null);
    String reference = pending.payUrl().substring(pending.payUrl().lastIndexOf('/') + 1);
    assertThat(sandbox.cancel(reference).status()).isEqualTo("CANCELLED");
    assertThat(redemptions.myRedemption(store.productId(), member, pending.id()).status()).isEqualTo(RedemptionStatus.CANCELLED);
    assertThat(ledger.balance(member)).isEqualTo(5);
    assertThat(subInventories.get(listing.subInventoryId()).available()).isEqualTo(1);
    timeouts.releaseDue(Instant.now().plus(Duration.ofHours(1)));
    // released once only: a later sweep gives nothing back a second time
    assertThat(ledger.balance(member)).isEqualTo(5);
    assertThat(subInventories.get(listing.subInventoryId()).available()).isEqualTo(1);
    assertThat(ledger.history(member, 0, 10).items()).filteredOn(e -> e.source() == PointsSource.REFUND).hasSize(1);
  }

  @Test
  void everyAwardCategory() {
    var store = members.storefront("Award Co");
    long member = mall.member(store, 10_000);

    var cdk = mall.listing(store, GoodsCategory.CDK, 3, MallFixture.open().withLink("https://game.example/redeem"), MallFixture.purePoints("Game key", 10));
    RedemptionView codes = redemptions.redeem(store.productId(), member, cdk.id(), 2, null);
    assertThat(codes.status()).isEqualTo(RedemptionStatus.COMPLETED);
    assertThat(codes.awardCodes()).hasSize(2).doesNotHaveDuplicates().allMatch(c -> c.startsWith("CDK-"));
    assertThat(codes.awardLink()).isEqualTo("https://game.example/redeem");
    assertThat(cdkPool.unusedCount(cdk.subInventoryId())).isEqualTo(1);

    var coupon = mall.listing(store, GoodsCategory.COUPON, 3, MallFixture.open().withLink("https://coupon.example/9"), MallFixture.purePoints("Coupon", 10));
    assertThat(redemptions.redeem(store.productId(), member, coupon.id(), 1, null).awardLink()).isEqualTo("https://coupon.example/9");

    var points = mall.listing(store, GoodsCategory.POINTS, 3, MallFixture.open().withPoints(25L, store.appId(), PointsType.HOSTED), MallFixture.purePoints("Points pack", 10));
    long before = ledger.balance(member);
    RedemptionView credited = redemptions.redeem(store.productId(), member, points.id(), 2, null);
    assertThat(credited.awardPoints()).isEqualTo(50);
    assertThat(ledger.balance(member)).isEqualTo(before - 20 + 50);

    // points into another product of the enterprise: to the same person (same phone) there
    var sister = directory.byAppId(products.add("Sister App", 10).appId()).orElseThrow();
    var toSister = mall.listing(store, GoodsCategory.POINTS, 3, MallFixture.open().withPoints(7L, sister.appId(), PointsType.HOSTED), MallFixture.purePoints("Sister points", 10));
    assertThatThrownBy(() -> redemptions.redeem(store.productId(), member, toSister.id(), 1, null)).isInstanceOf(AwardUnavailable.class);
    assertThat(subInventories.get(toSister.subInventoryId()).available()).isEqualTo(3);
    String phone = memberService.profile(store.productId(), member).phone();
    long twin = memberService.signUp(sister, phone, "Member-Pass-1", null).id();
    redemptions.redeem(store.productId(), member, toSister.id(), 1, null);
    assertThat(ledger.balance(twin)).isEqualTo(7);

    var packet = mall.listing(store, GoodsCategory.CASH_RED_PACKET, 3, MallFixture.open().withRedPacket(88L, "Award Co", "Spring", "恭喜发财"), MallFixture.purePoints("Red packet", 10));
    RedemptionView red = redemptions.redeem(store.productId(), member, packet.id(), 1, null);
    assertThat(red.status()).isEqualTo(RedemptionStatus.COMPLETED);
    assertThat(red.redPacket().amountFen()).isEqualTo(88);
    assertThat(red.redPacket().blessing()).isEqualTo("恭喜发财");
    assertThat(red.redPacket().status()).isEqualTo("PENDING");

    var physical = mall.listing(store, GoodsCategory.PHYSICAL, 3, MallFixture.open(), MallFixture.purePoints("Tumbler", 10));
    RedemptionView parcel = redemptions.redeem(store.productId(), member, physical.id(), 1, null);
    assertThat(parcel.status()).isEqualTo(RedemptionStatus.AWAITING_ADDRESS);
    assertThatThrownBy(() -> records.ship(parcel.id(), "SF", "SF12345678")).isInstanceOf(MallRuleBroken.class);
    assertField(() -> redemptions.giveAddress(store.productId(), member, parcel.id(), new ShippingAddress("张三", "abc", "上海市")), "phone");
    redemptions.giveAddress(store.productId(), member, parcel.id(), new ShippingAddress("张三", "13800000000", "上海市浦东新区 1 号"));
    assertField(() -> records.ship(parcel.id(), "SF", "#"), "trackingNumber");
    RedemptionView shipped = records.ship(parcel.id(), "顺丰", "SF12345678");
    assertThat(shipped.status()).isEqualTo(RedemptionStatus.SHIPPED);
    RedemptionView mine = redemptions.mine(store.productId(), member, 0, 10).items().get(0);
    assertThat(mine.courier()).isEqualTo("顺丰");
    assertThat(mine.trackingNumber()).isEqualTo("SF12345678");
    assertThat(records.detail(parcel.id()).address()).isEqualTo("上海市浦东新区 1 号");
    assertThatThrownBy(() -> redemptions.giveAddress(store.productId(), member, parcel.id(), new ShippingAddress("李四", "13800000001", "x")))
        .isInstanceOf(MallRuleBroken.class);
    assertThat(redeemed.of(parcel.orderNumber())).hasSize(1);
    assertThat(redeemed.of(codes.orderNumber())).hasSize(1);
  }

  @Test
  void hotListPagesComeFromTheCacheUntilAChangeCommits() {
    var store = members.storefront("Cache Co");
    var first = mall.listing(store, GoodsCategory.COUPON, 1, MallFixture.open().withLink("https://h.example"), MallFixture.purePoints("First", 10));
    byte[] page = hotLists.goodsPageJson(store.productId(), null, 0, 10);
    assertThat(json(page)).contains("\"name\":\"First\"").contains("\"soldOut\":false").doesNotContain("available");
    assertThat(hotLists.goodsPageJson(store.productId(), null, 0, 10)).as("served from the cache").isSameAs(page);
    assertThat(hotLists.cacheKey(store.productId(), null, 0, 10)).startsWith("list:" + context.tenantId() + ":" + store.productId() + ":");

    var second = mall.listing(store, GoodsCategory.COUPON, 5, MallFixture.open().withLink("https://h.example"), MallFixture.purePoints("二号商品", 10));
    assertThat(json(hotLists.goodsPageJson(store.productId(), null, 0, 10))).contains("\"name\":\"二号商品\"");

    long member = mall.member(store, 100);
    byte[] beforeSale = hotLists.goodsPageJson(store.productId(), null, 0, 10);
    redemptions.redeem(store.productId(), member, second.id(), 1, null); // 4 left: no change of the list
    assertThat(hotLists.goodsPageJson(store.productId(), null, 0, 10)).isSameAs(beforeSale);
    redemptions.redeem(store.productId(), member, first.id(), 1, null); // sells out
    GoodsPage fresh = hotLists.goodsPage(store.productId(), null, 0, 10);
    assertThat(fresh.items()).filteredOn(c -> c.listingId() == first.id()).singleElement().matches(c -> c.soldOut());
    assertThat(json(hotLists.goodsPageJson(store.productId(), null, 0, 10))).contains("\"soldOut\":true");

    listings.offline(first.id());
    assertThat(json(hotLists.goodsPageJson(store.productId(), null, 0, 10))).doesNotContain("\"name\":\"First\"");

    // The stock behind a listing going offline (R6) takes it off the lists too, and back on.
    subInventories.setOnline(second.subInventoryId(), false);
    assertThat(json(hotLists.goodsPageJson(store.productId(), null, 0, 10))).doesNotContain("二号商品");
    subInventories.setOnline(second.subInventoryId(), true);
    assertThat(json(hotLists.goodsPageJson(store.productId(), null, 0, 10))).contains("二号商品");
    assertThat(hotLists.goodsDetail(store.productId(), second.id()).payableFen()).isZero();
    assertThatThrownBy(() -> hotLists.goodsDetail(store.productId(), first.id())).isInstanceOf(NotFound.class);
  }

  @Test
  void csvExportHasBomChineseAndNeutralisedCells() {
    var store = members.storefront("Export Co");
    var evil = mall.listing(store, GoodsCategory.COUPON, 5, MallFixture.open().withLink("https://e.example"), MallFixture.purePoints("=HYPERLINK(\"x\")", 10));
    var chinese = mall.listing(store, GoodsCategory.COUPON, 5, MallFixture.open().withLink("https://e.example"), MallFixture.purePoints("咖啡杯", 10));
    long member = mall.member(store, 100);
    var one = redemptions.redeem(store.productId(), member, evil.id(), 1, null);
    redemptions.redeem(store.productId(), member, chinese.id(), 2, null);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long written = records.export(RedemptionFilter.any(), Locale.SIMPLIFIED_CHINESE, out);
    byte[] bytes = out.toByteArray();
    assertThat(written).isEqualTo(2);
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("订单号,会员账号,商品名称");
    assertThat(csv).contains("咖啡杯").contains("\"'=HYPERLINK(\"\"x\"\")\"").doesNotContain(",=HYPERLINK");
    assertThat(csv.lines().count()).isEqualTo(3);

    ByteArrayOutputStream filtered = new ByteArrayOutputStream();
    assertThat(records.export(new RedemptionFilter(one.orderNumber(), null, null, null, null, null, null), Locale.ENGLISH, filtered)).isEqualTo(1);
    assertThat(new String(filtered.toByteArray(), StandardCharsets.UTF_8)).contains("Order number").contains(one.orderNumber());
    assertThat(records.list(new RedemptionFilter(null, null, "OWN", null, null, null, null), 0, 10).total()).isEqualTo(2);
    assertThat(records.list(new RedemptionFilter(null, null, "FREE", null, null, null, null), 0, 10).total()).isZero();
    assertThat(records.list(new RedemptionFilter(null, one.memberAccount().substring(3), null, null, null, null, null), 0, 10).total()).isEqualTo(2);
    assertThat(records.list(new RedemptionFilter(null, null, null, Instant.now().plus(1, ChronoUnit.HOURS), null, null, null), 0, 10).total()).isZero();

    // labels in the export's language (the console passes its bundle), CDK codes masked as in the console
    var cdk = mall.listing(store, GoodsCategory.CDK, 2, MallFixture.open().withLink("https://e.example"), MallFixture.purePoints("Code", 10));
    String code = redemptions.redeem(store.productId(), member, cdk.id(), 1, null).awardCodes().get(0);
    ByteArrayOutputStream labelled = new ByteArrayOutputStream();
    records.export(RedemptionFilter.any(), Locale.SIMPLIFIED_CHINESE, key -> switch (key) {
      case "goods.category.COUPON" -> "优惠券";
      case "records.status.COMPLETED" -> "已完成";
      default -> key;
    }, labelled);
    String text = new String(labelled.toByteArray(), StandardCharsets.UTF_8);
    assertThat(text).contains(",优惠券,", ",已完成,", ",OWN,").doesNotContain(",COUPON,", ",COMPLETED,");
    assertThat(text).doesNotContain(code).contains(RedemptionRecords.masked(code));
    assertThat(RedemptionRecords.masked(code)).endsWith(code.substring(code.length() - 4)).startsWith("•");
  }

  @Test
  void promotionLinksAndQrCodesOnlyForOnlineListings() {
    var store = members.storefront("Promo Co");
    var listing = mall.listing(store, GoodsCategory.COUPON, 5, MallFixture.open().withLink("https://q.example"), MallFixture.purePoints("QR", 10));
    var link = promotions.listing(listing.id(), "https://shop.example");
    assertThat(link.url()).isEqualTo("/store/" + store.appId() + "/mall/goods/" + listing.id());
    assertThat(link.qrPng()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(promotions.mall(store.productId(), "http://127.0.0.1:8080").url()).isEqualTo("/store/" + store.appId() + "/mall");
    assertField(() -> promotions.mall(store.productId(), "javascript:alert(1)"), "origin");
    listings.offline(listing.id());
    assertThatThrownBy(() -> promotions.listing(listing.id(), "https://shop.example")).isInstanceOf(NotFound.class);
  }

  @Test
  void anotherTenantSeesNothingOfTheMall() {
    var store = members.storefront("Owner Mall Co");
    var listing = mall.listing(store, GoodsCategory.COUPON, 5, MallFixture.open().withLink("https://o.example"), MallFixture.pointsPlusCash("Owned", 1, 100));
    long member = mall.member(store, 100);
    RedemptionView redemption = redemptions.redeem(store.productId(), member, listing.id(), 1, null);
    String reference = redemption.payUrl().substring(redemption.payUrl().lastIndexOf('/') + 1);
    hotLists.goodsPageJson(store.productId(), null, 0, 10);
    long owner = context.tenantId();

    var thief = members.storefront("Thief Mall Co");
    long thiefMember = mall.member(thief, 100);
    assertThat(context.tenantId()).isNotEqualTo(owner);
    assertThatThrownBy(() -> listings.get(listing.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> listings.online(listing.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> redemptions.redeem(store.productId(), member, listing.id(), 1, null)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> redemptions.redeem(thief.productId(), thiefMember, listing.id(), 1, null)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> records.detail(redemption.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> records.ship(redemption.id(), "SF", "SF1234")).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> redemptions.myRedemption(store.productId(), member, redemption.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> sandbox.get(reference)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> sandbox.confirm(reference)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> hotLists.goodsPageJson(store.productId(), null, 0, 10)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> hotLists.goodsDetail(store.productId(), listing.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> promotions.listing(listing.id(), "https://x.example")).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> groups.list(store.productId())).isInstanceOf(NotFound.class);
    assertThat(listings.list(io.haven.mall.boundary.ListingFilter.any(), 0, 10).total()).isZero();
    assertThat(records.list(RedemptionFilter.any(), 0, 10).total()).isZero();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(records.export(RedemptionFilter.any(), Locale.ENGLISH, out)).isZero();
    assertThat(hotLists.cacheKey(store.productId(), null, 0, 10)).startsWith("list:" + context.tenantId() + ":");
    // a sweep started while acting as the thief leaves the owner's payment (not due yet) alone
    // and the thief's own context as it was
    long thiefTenant = context.tenantId();
    timeouts.releaseDue(Instant.now());
    assertThat(context.tenantId()).isEqualTo(thiefTenant);
    assertThatThrownBy(() -> sandbox.get(reference)).isInstanceOf(NotFound.class);
    // ... it is still pending for the owner
    tenants.actAs(owner);
    assertThat(sandbox.get(reference).status()).isEqualTo("PENDING");
  }

  private static String json(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo(field);
  }
}
