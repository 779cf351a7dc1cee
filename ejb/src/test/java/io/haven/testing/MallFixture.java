package io.haven.testing;

import io.haven.inventory.boundary.AllocationRequest;
import io.haven.inventory.boundary.Allocations;
import io.haven.inventory.boundary.CdkUploads;
import io.haven.inventory.boundary.NewGoods;
import io.haven.inventory.boundary.SubInventories;
import io.haven.inventory.boundary.TotalInventory;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.GoodsDetails;
import io.haven.inventory.entity.GoodsPurpose;
import io.haven.inventory.entity.GoodsSource;
import io.haven.mall.boundary.ListingDraft;
import io.haven.mall.boundary.ListingView;
import io.haven.mall.boundary.Listings;
import io.haven.mall.entity.ExchangeMethod;
import io.haven.mall.entity.SaleRule;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.entity.PointsSource;
import io.haven.tenancy.boundary.StorefrontProduct;
import io.haven.members.boundary.Members;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Points-mall set-ups through the real inventory and mall boundaries, in the current tenant. */
@RequestScoped
public class MallFixture {

  @Inject MemberFixture members;
  @Inject TotalInventory inventory;
  @Inject Allocations allocations;
  @Inject SubInventories subInventories;
  @Inject CdkUploads cdks;
  @Inject Listings listings;
  @Inject PointsLedger ledger;
  @Inject Members memberService;

  private static final AtomicLong PHONES = new AtomicLong(15_900_000_000L + (System.nanoTime() % 1_000_000) * 10);

  public static AllocationRequest open() {
    Instant now = Instant.now();
    return AllocationRequest.unlimited(now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS));
  }

  public static ListingDraft purePoints(String name, long points) {
    return new ListingDraft(name, null, ExchangeMethod.PURE_POINTS, points, 0, null, SaleRule.NONE, null, null, "Intro of " + name, 3, "About " + name);
  }

  public static ListingDraft pointsPlusCash(String name, long points, long cashFen) {
    return new ListingDraft(name, null, ExchangeMethod.POINTS_PLUS_CASH, points, cashFen, 1999L, SaleRule.NONE, null, null, null, null, null);
  }

  /** Goods of the category with {@code stock} units (CDK: that many uploaded codes), allocated and online. */
  public long subInventory(StorefrontProduct store, GoodsCategory category, String name, long stock, AllocationRequest request) {
    boolean codes = category == GoodsCategory.CDK;
    var goods =
        inventory.add(new NewGoods(GoodsPurpose.POINTS_MALL, category,
            new GoodsDetails(name, GoodsSource.OWN, "Show the code at the counter", 1000, null, null, null, null), codes ? 0 : stock, null, null));
    if (codes) {
      StringBuilder file = new StringBuilder();
      for (int i = 0; i < stock; i++) {
        file.append("CDK-").append(UUID.randomUUID().toString().substring(0, 8)).append('\n');
      }
      cdks.upload(goods.id(), file.toString().getBytes(StandardCharsets.UTF_8));
    }
    var sub = allocations.allocate(goods.id(), store.productId(), stock, request);
    subInventories.setOnline(sub.id(), true);
    return sub.id();
  }

  /** An ONLINE listing of new goods. */
  public ListingView listing(StorefrontProduct store, GoodsCategory category, long stock, AllocationRequest request, ListingDraft draft) {
    long sub = subInventory(store, category, draft.displayName(), stock, request);
    var listing = listings.add(store.productId(), sub, draft);
    return listings.online(listing.id());
  }

  /**
   * A member of the store with {@code points} on the account: synced like a partner would (with a
   * fresh phone), which skips the deliberately slow password hashing of a hosted sign-up.
   */
  public long member(StorefrontProduct store, long points) {
    long n = PHONES.incrementAndGet();
    long id = memberService.sync(store.productId(), "m" + n, null, String.valueOf(n), null).member().id();
    if (points > 0) {
      ledger.credit(id, points, PointsSource.MANUAL, null, "Test float");
    }
    return id;
  }
}
