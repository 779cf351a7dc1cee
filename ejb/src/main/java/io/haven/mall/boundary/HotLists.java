package io.haven.mall.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.inventory.entity.Goods;
import io.haven.inventory.entity.SubInventory;
import io.haven.mall.control.GoodsJson;
import io.haven.mall.control.Groups;
import io.haven.mall.control.HotListCache;
import io.haven.mall.control.HotPage;
import io.haven.mall.entity.Listing;
import io.haven.mall.entity.ListingGroup;
import io.haven.mall.entity.ListingStatus;
import io.haven.mall.entity.Price;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The storefront's read side of the points mall (M3), the hot path: the goods list of a group as
 * a page of pre-serialised JSON from the {@code hot-lists} cache (built from the database on a
 * miss), the groups, and a goods detail (uncached: it is one row and shows the live sold-out
 * state). Lists contain ONLINE listings whose sub-inventory is online, newest first; cards carry
 * no live stock count, only "sold out", because a sell-out invalidates the product's pages.
 * The tenant comes from the storefront's appId; the cache key carries it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class HotLists {

  public static final int MAX_PAGE_SIZE = 50;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject HotListCache cache;
  @Inject Groups groups;

  /**
   * One page ({@code page} from 0) of the group's goods ({@code groupId} null: every group) as
   * UTF-8 JSON of {@link GoodsPage}. The returned bytes are shared with the cache: write them
   * out, never change them.
   */
  public byte[] goodsPageJson(long productId, Long groupId, int page, int size) {
    return hotPage(productId, groupId, page, size).json();
  }

  /** The same page with its gzip copy and entity tags, as the storefront sends it (cached, shared). */
  public HotPage hotPage(long productId, Long groupId, int page, int size) {
    long tenantId = tenant.tenantId();
    if (page < 0 || page > 10_000) {
      throw new InvalidInput("page", "mall.list.page.invalid", "Page must be 0 to 10000");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInput("size", "mall.list.size.invalid", "Page size must be 1 to " + MAX_PAGE_SIZE);
    }
    return cache.page(tenantId, productId, groupId == null ? "all" : groupId.toString(), page, size,
        () -> GoodsJson.of(goodsPage(productId, groupId, page, size)));
  }

  /** The same page as a record, straight from the database (what the cache holds, uncached). */
  public GoodsPage goodsPage(long productId, Long groupId, int page, int size) {
    tenant.tenantId();
    Product product = requireProduct(productId);
    if (groupId != null) {
      groups.load(productId, groupId);
    }
    String where =
        " from Listing l join SubInventory s on s.id = l.subInventoryId where l.productId = :p and l.status = :on and s.online = true"
            + (groupId == null ? "" : " and l.groupId = :g");
    var rows = em.createQuery("select l, s" + where + " order by l.id desc", Object[].class);
    var count = em.createQuery("select count(l)" + where, Long.class);
    rows.setParameter("p", productId).setParameter("on", ListingStatus.ONLINE);
    count.setParameter("p", productId).setParameter("on", ListingStatus.ONLINE);
    if (groupId != null) {
      rows.setParameter("g", groupId);
      count.setParameter("g", groupId);
    }
    List<GoodsCard> cards =
        rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
            .map(row -> card((Listing) row[0], (SubInventory) row[1], product.getPointsRate()))
            .toList();
    return new GoodsPage(groupId == null ? 0 : groupId, page, size, count.getSingleResult(), cards);
  }

  /** The groups of the storefront's tabs, default first, then by sort order. */
  public List<GroupView> groups(long productId) {
    tenant.tenantId();
    requireProduct(productId);
    return em.createQuery(
            "select g from ListingGroup g where g.productId = :p order by case when g.defaultMarker is null then 1 else 0 end, g.sortOrder, g.name",
            ListingGroup.class)
        .setParameter("p", productId)
        .getResultList()
        .stream()
        .map(g -> GroupView.of(g, 0))
        .toList();
  }

  /** An online listing's detail; offline, void or another product's/tenant's listing is not found. */
  public GoodsDetail goodsDetail(long productId, long listingId) {
    tenant.tenantId();
    Product product = requireProduct(productId);
    Listing l = em.find(Listing.class, listingId);
    if (l == null || l.getProductId() != productId || !l.isOnline()) {
      throw new NotFound("Listing", listingId);
    }
    SubInventory s = em.find(SubInventory.class, l.getSubInventoryId());
    if (s == null || !s.isOnline()) {
      throw new NotFound("Listing", listingId);
    }
    Goods goods = em.find(Goods.class, l.getGoodsId());
    Price price = l.price();
    return new GoodsDetail(
        l.getId(), l.getGoodsId(), l.getDisplayName(), l.getIntro(), l.getDescription(), goods.getRedemptionInstructions(),
        s.getCategory().name(), price.method(), price.points(), price.cashFen(), price.payableFen(product.getPointsRate()),
        l.getStrikethroughFen(), l.getSaleRule(), l.getFlashStart(), l.getFlashEnd(), l.getDeliveryDays(), s.getEffectiveFrom(),
        s.getEffectiveTo(), s.getAvailable() == 0);
  }

  /** The cache key a page is held under now (tests check it names the tenant). */
  public String cacheKey(long productId, Long groupId, int page, int size) {
    return cache.pageKey(tenant.tenantId(), productId, groupId == null ? "all" : groupId.toString(), page, size);
  }

  private static GoodsCard card(Listing l, SubInventory s, int rate) {
    Price price = l.price();
    return new GoodsCard(
        l.getId(), l.getGoodsId(), l.getDisplayName(), l.getIntro(), s.getCategory().name(), price.method(), price.points(),
        price.payableFen(rate), l.getStrikethroughFen(), l.getSaleRule(), l.getFlashStart(), l.getFlashEnd(), s.getAvailable() == 0);
  }

  private Product requireProduct(long productId) {
    Product product = em.find(Product.class, productId);
    if (product == null) {
      throw new NotFound("Product", productId);
    }
    return product;
  }
}
