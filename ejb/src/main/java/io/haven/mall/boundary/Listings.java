package io.haven.mall.boundary;

import io.haven.common.FieldErrors;
import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.inventory.entity.Goods;
import io.haven.inventory.entity.GoodsPurpose;
import io.haven.inventory.entity.SubInventory;
import io.haven.mall.control.Groups;
import io.haven.mall.entity.ExchangeMethod;
import io.haven.mall.entity.Listing;
import io.haven.mall.entity.ListingGroup;
import io.haven.mall.entity.ListingsChanged;
import io.haven.mall.entity.Price;
import io.haven.mall.entity.SaleRule;
import io.haven.tenancy.boundary.StaleEdit;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Listings of the points mall (M2): put sub-inventory goods on sale with a price and texts, edit,
 * online/offline, void. Every change tells the hot-list cache (after commit) through
 * {@link ListingsChanged}. Only goods of the product's own sub-inventories, with purpose
 * POINTS_MALL, can be listed.
 */
@Stateless
public class Listings {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject Groups groups;
  @Inject Event<ListingsChanged> listingsChanged;

  public Page<ListingView> list(ListingFilter filter, int first, int size) {
    tenant.tenantId();
    ListingFilter f = filter == null ? ListingFilter.any() : filter;
    return ListQuery.of(em, Listing.class, "l")
        .when(f.productId(), "l.productId = :p", "p")
        .when(f.groupId(), "l.groupId = :g", "g")
        .when(f.status(), "l.status = :s", "s")
        .contains(f.search(), "lower(l.displayName) like :q", "q")
        .page("l.id desc", first, size, this::view);
  }

  public ListingView get(long listingId) {
    return view(load(listingId));
  }

  /**
   * The sub-inventories that already have a listing (not void) in the group — the product's default
   * group for {@code groupId} null: the listing dialog leaves them out of its choices and says why.
   */
  public java.util.Set<Long> listedInGroup(long productId, Long groupId) {
    requireProduct(productId);
    long group = groupId == null ? groups.defaultGroupId(productId) : groupId;
    return new java.util.HashSet<>(
        em.createQuery(
                "select distinct l.subInventoryId from Listing l where l.productId = :p and l.groupId = :g and l.status <> :void", Long.class)
            .setParameter("p", productId)
            .setParameter("g", group)
            .setParameter("void", io.haven.mall.entity.ListingStatus.VOID)
            .getResultList());
  }

  /**
   * The product's sub-inventories whose goods are not for the points mall (R3: e-commerce goods):
   * they cannot be listed here, so the listing dialog does not offer them and says so.
   */
  public java.util.Set<Long> notForPointsMall(long productId) {
    requireProduct(productId);
    return new java.util.HashSet<>(
        em.createQuery(
                "select s.id from SubInventory s where s.productId = :p"
                    + " and s.goodsId in (select g.id from Goods g where g.purpose <> :mall)",
                Long.class)
            .setParameter("p", productId)
            .setParameter("mall", GoodsPurpose.POINTS_MALL)
            .getResultList());
  }

  /** A new OFFLINE listing of the sub-inventory's goods. */
  public ListingView add(long productId, Long subInventoryId, ListingDraft draft) {
    Product product = requireProduct(productId);
    FieldErrors errors = new FieldErrors();
    if (subInventoryId == null) {
      // Said together with the draft's own errors: the console shows them all at once.
      errors.add(new InvalidInput("subInventoryId", "mall.listing.subInventory.required", "Choose the goods of a sub-inventory"));
      terms(product, draft, errors);
    }
    SubInventory sub = em.find(SubInventory.class, subInventoryId);
    if (sub == null || sub.getProductId() != productId) {
      throw new NotFound("Sub-inventory", subInventoryId);
    }
    Goods goods = em.find(Goods.class, sub.getGoodsId());
    if (goods.getPurpose() != GoodsPurpose.POINTS_MALL) {
      throw MallRuleBroken.notOnSale("Goods " + goods.getName() + " are not points-mall goods");
    }
    Listing listing = new Listing(productId, subInventoryId, sub.getGoodsId(), terms(product, draft), StoredTime.now());
    em.persist(listing);
    listingsChanged.fire(new ListingsChanged(tenant.tenantId(), productId));
    return view(listing);
  }

  public ListingView edit(long listingId, long expectedVersion, ListingDraft draft) {
    Listing listing = load(listingId);
    requireNotVoid(listing);
    if (listing.getVersion() != expectedVersion) {
      throw new StaleEdit("Listing " + listing.getDisplayName());
    }
    listing.edit(terms(requireProduct(listing.getProductId()), draft), StoredTime.now());
    em.flush();
    listingsChanged.fire(new ListingsChanged(tenant.tenantId(), listing.getProductId()));
    return view(listing);
  }

  public ListingView online(long listingId) {
    Listing listing = load(listingId);
    requireNotVoid(listing);
    if (listing.putOnline(StoredTime.now())) {
      em.flush();
      listingsChanged.fire(new ListingsChanged(tenant.tenantId(), listing.getProductId()));
    }
    return view(listing);
  }

  public ListingView offline(long listingId) {
    Listing listing = load(listingId);
    requireNotVoid(listing);
    if (listing.takeOffline(StoredTime.now())) {
      em.flush();
      listingsChanged.fire(new ListingsChanged(tenant.tenantId(), listing.getProductId()));
    }
    return view(listing);
  }

  /** Final: a void listing is never sold again; its redemptions keep pointing at it. */
  public ListingView voidListing(long listingId) {
    Listing listing = load(listingId);
    if (listing.voidIt(StoredTime.now())) {
      em.flush();
      listingsChanged.fire(new ListingsChanged(tenant.tenantId(), listing.getProductId()));
    }
    return view(listing);
  }

  /** Checks every field of the draft, all of them before answering (the console shows each error). */
  private Listing.Terms terms(Product product, ListingDraft d) {
    return terms(product, d, new FieldErrors());
  }

  private Listing.Terms terms(Product product, ListingDraft d, FieldErrors errors) {
    if (d == null) {
      throw errors.with(new InvalidInput("displayName", "mall.listing.displayName.invalid", "Display name is required"));
    }
    if (d.displayName() == null || d.displayName().isBlank() || d.displayName().strip().length() > Listing.NAME_MAX) {
      errors.add(new InvalidInput("displayName", "mall.listing.displayName.invalid", "Display name must be 1 to " + Listing.NAME_MAX + " characters"));
    }
    long groupId = errors.value(() -> d.groupId() == null ? groups.defaultGroupId(product.getId()) : groupOf(product.getId(), d.groupId()), 0L);
    Price price = errors.value(() -> price(d), null);
    if (d.strikethroughFen() != null && (d.strikethroughFen() < 0 || d.strikethroughFen() > Price.MAX_CASH_FEN)) {
      errors.add(new InvalidInput("strikethroughFen", "mall.listing.strikethrough.invalid", "Strikethrough price must be 0 to " + Price.MAX_CASH_FEN + " fen"));
    }
    SaleRule rule = d.saleRule() == null ? SaleRule.NONE : d.saleRule();
    if (rule == SaleRule.FLASH_SALE) {
      if (d.flashStart() == null) {
        errors.add(new InvalidInput("flashStart", "mall.listing.flashStart.required", "A flash sale needs a start"));
      }
      if (d.flashEnd() == null || d.flashStart() != null && !d.flashEnd().isAfter(d.flashStart())) {
        errors.add(new InvalidInput("flashEnd", "mall.listing.flashEnd.invalid", "A flash sale needs an end after its start"));
      }
    }
    if (d.intro() != null && d.intro().strip().length() > Listing.INTRO_MAX) {
      errors.add(new InvalidInput("intro", "mall.listing.intro.invalid", "Intro must be at most " + Listing.INTRO_MAX + " characters"));
    }
    if (d.deliveryDays() != null && (d.deliveryDays() < 0 || d.deliveryDays() > Listing.DELIVERY_DAYS_MAX)) {
      errors.add(new InvalidInput("deliveryDays", "mall.listing.deliveryDays.invalid", "Estimated delivery must be 0 to " + Listing.DELIVERY_DAYS_MAX + " days"));
    }
    if (d.description() != null && d.description().length() > Listing.DESCRIPTION_MAX) {
      errors.add(new InvalidInput("description", "mall.listing.description.invalid", "Description must be at most " + Listing.DESCRIPTION_MAX + " characters"));
    }
    errors.throwIfAny();
    return new Listing.Terms(
        d.displayName(), groupId, price, d.strikethroughFen(), rule, d.flashStart(), d.flashEnd(), d.intro(), d.deliveryDays(), d.description());
  }

  static Price price(ListingDraft d) {
    ExchangeMethod method = d.exchangeMethod() == null ? ExchangeMethod.PURE_POINTS : d.exchangeMethod();
    long minPoints = method == ExchangeMethod.PURE_POINTS ? 1 : 0;
    FieldErrors errors = new FieldErrors();
    if (d.pointsCost() < minPoints || d.pointsCost() > Price.MAX_POINTS) {
      errors.add(new InvalidInput("pointsCost", "mall.listing.pointsCost.invalid", "Points must be a whole number from " + minPoints + " to " + Price.MAX_POINTS));
    }
    if (method == ExchangeMethod.PURE_POINTS && d.cashFen() != 0) {
      errors.add(new InvalidInput("cashFen", "mall.listing.cashFen.pureplus", "Pure-points goods have no cash part"));
    }
    if (method == ExchangeMethod.POINTS_PLUS_CASH && (d.cashFen() < 1 || d.cashFen() > Price.MAX_CASH_FEN)) {
      errors.add(new InvalidInput("cashFen", "mall.listing.cashFen.invalid", "Cash must be 1 to " + Price.MAX_CASH_FEN + " fen"));
    }
    errors.throwIfAny();
    return new Price(method, d.pointsCost(), d.cashFen());
  }

  private long groupOf(long productId, long groupId) {
    try {
      return groups.load(productId, groupId).getId();
    } catch (NotFound e) {
      throw new InvalidInput("groupId", "mall.listing.group.invalid", "Choose a group of this product");
    }
  }

  private Listing load(long listingId) {
    tenant.tenantId();
    Listing listing = em.find(Listing.class, listingId);
    if (listing == null) {
      throw new NotFound("Listing", listingId);
    }
    return listing;
  }

  private static void requireNotVoid(Listing listing) {
    if (listing.getStatus() == io.haven.mall.entity.ListingStatus.VOID) {
      throw MallRuleBroken.listingVoid(listing.getId());
    }
  }

  private Product requireProduct(long productId) {
    tenant.tenantId();
    Product product = em.find(Product.class, productId);
    if (product == null) {
      throw new NotFound("Product", productId);
    }
    return product;
  }

  private ListingView view(Listing l) {
    SubInventory sub = em.find(SubInventory.class, l.getSubInventoryId());
    Goods goods = em.find(Goods.class, l.getGoodsId());
    ListingGroup group = em.find(ListingGroup.class, l.getGroupId());
    Product product = em.find(Product.class, l.getProductId());
    Price price = l.price();
    return new ListingView(
        l.getId(), l.getProductId(), l.getSubInventoryId(), l.getGoodsId(), goods == null ? null : goods.getName(),
        sub == null ? null : sub.getCategory().name(), l.getGroupId(), group == null ? null : group.getName(), l.getDisplayName(),
        price.method(), price.points(), price.cashFen(), price.payableFen(product.getPointsRate()), l.getStrikethroughFen(),
        l.getSaleRule(), l.getFlashStart(), l.getFlashEnd(), l.getIntro(), l.getDeliveryDays(), l.getDescription(), l.getStatus(),
        sub == null ? 0 : sub.getAvailable(), l.getCreatedAt(), l.getUpdatedAt(), l.getVersion());
  }
}
