package io.haven.coupons.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.common.UploadedImage;
import io.haven.coupons.control.CouponAvailability;
import io.haven.coupons.entity.ClaimMethod;
import io.haven.coupons.entity.Coupon;
import io.haven.coupons.entity.CouponImage;
import io.haven.coupons.entity.CouponImageKind;
import io.haven.coupons.entity.CouponStock;
import io.haven.coupons.entity.CouponStore;
import io.haven.coupons.entity.CouponType;
import io.haven.coupons.entity.Store;
import io.haven.coupons.entity.StoreScope;
import io.haven.mall.boundary.PromotionLink;
import io.haven.mall.control.QrCodes;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The operator's coupons (C3): list with filters, create (basic information and rules in one
 * checked draft), edit, add stock, cover and background images. Refused for OWN_LOGIN enterprises
 * with the reason (T4). Another tenant's coupon or store id is not found.
 */
@Stateless
public class Coupons {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject CouponAvailability availability;

  /** Why coupons are unavailable to this enterprise (its message key), or null when they are available. */
  public String unavailableReason() {
    CouponRuleBroken refusal = availability.refusal();
    return refusal == null ? null : refusal.code();
  }

  public Page<CouponView> list(String name, CouponType type, ClaimMethod method, int first, int size) {
    tenant.tenantId();
    Page<Coupon> page = ListQuery.of(em, Coupon.class, "c")
        .contains(name, "lower(c.name) like :q", "q")
        .when(type, "c.type = :type", "type")
        .when(method, "c.claimMethod = :method", "method")
        .page("c.id desc", first, size, c -> c);
    List<Long> ids = page.items().stream().map(Coupon::getId).toList();
    Map<Long, CouponStock> stocks = ids.isEmpty() ? Map.of()
        : em.createQuery("select s from CouponStock s where s.couponId in :ids", CouponStock.class).setParameter("ids", ids).getResultStream()
            .collect(Collectors.toMap(CouponStock::getCouponId, s -> s));
    return new Page<>(page.items().stream().map(c -> view(c, stocks.get(c.getId()))).toList(), page.total());
  }

  public CouponView get(long id) {
    Coupon coupon = load(id);
    return view(coupon, stock(id));
  }

  /**
   * A promotion page's coupon: this product's, claimed on a promotion page; anything else (another
   * product's, a mall coupon, another tenant's) is not found.
   */
  public CouponView promotion(long productId, long couponId) {
    tenant.tenantId();
    Coupon coupon = em.find(Coupon.class, couponId);
    if (coupon == null || coupon.getProductId() != productId || coupon.getClaimMethod() != ClaimMethod.PROMOTION_PAGE) {
      throw new NotFound("Coupon", couponId);
    }
    return view(coupon, stock(couponId));
  }

  /**
   * M5 for a promotion-page coupon: its storefront page {@code /store/{appId}/coupons/{id}} and a QR
   * code of the absolute URL under {@code origin} (the storefront's public scheme://host[:port], as
   * the console knows it from its own request). A mall coupon has no promotion page: not found.
   */
  public PromotionLink promotionLink(long couponId, String origin) {
    Coupon coupon = load(couponId);
    if (coupon.getClaimMethod() != ClaimMethod.PROMOTION_PAGE) {
      throw new NotFound("Coupon promotion", couponId);
    }
    if (origin == null || !origin.matches("https?://[A-Za-z0-9.\\[\\]:-]+")) {
      throw new InvalidInput("origin", "mall.promotion.origin.invalid", "The storefront origin must be like https://host[:port]");
    }
    Product product = em.find(Product.class, coupon.getProductId());
    String path = "/store/" + product.getAppId() + "/coupons/" + couponId;
    return new PromotionLink(path, QrCodes.png(origin + path, QrCodes.DEFAULT_PIXELS));
  }

  public CouponView create(long productId, CouponDraft draft) {
    tenant.tenantId();
    availability.require();
    if (em.find(Product.class, productId) == null) {
      throw new NotFound("Product", productId);
    }
    CouponDraft d = draft.checked();
    List<Long> storeIds = stores(d);
    Coupon coupon = new Coupon(productId, StoredTime.now());
    apply(coupon, d);
    em.persist(coupon);
    em.flush();
    CouponStock stock = new CouponStock(coupon.getId(), d.stock());
    em.persist(stock);
    storeIds.forEach(s -> em.persist(new CouponStore(coupon.getId(), s)));
    em.flush();
    return CouponView.of(coupon, stock.getTotal(), stock.getRemaining(), storeIds);
  }

  /**
   * Changes the coupon; the stock given is the new total, which can only grow (claimed coupons are
   * the members'). Type and claim method are fixed once a coupon was claimed.
   */
  public CouponView edit(long id, CouponDraft draft) {
    availability.require();
    Coupon coupon = load(id);
    CouponDraft d = draft.checked();
    long claimed = em.createQuery("select count(i) from IssuedCoupon i where i.couponId = :c", Long.class).setParameter("c", id).getSingleResult();
    if (claimed > 0 && (d.type() != coupon.getType() || d.claimMethod() != coupon.getClaimMethod())) {
      throw CouponRuleBroken.typeFixed();
    }
    List<Long> storeIds = stores(d);
    apply(coupon, d);
    // a bulk delete bypasses @TenantId: the tenant predicate by hand
    em.createQuery("delete from CouponStore s where s.couponId = :c and s.tenantId = :t").setParameter("c", id).setParameter("t", tenant.tenantId()).executeUpdate();
    storeIds.forEach(s -> em.persist(new CouponStore(id, s)));
    // the stock row is the claims' hot row: lock it like a claim does, then grow it
    CouponStock stock = em.createQuery("select s from CouponStock s where s.couponId = :c", CouponStock.class)
        .setParameter("c", id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    em.refresh(stock);
    if (d.stock() < stock.getTotal()) {
      throw new InvalidInput("stock", "coupon.stock.shrink", "Stock can only grow: it is " + stock.getTotal() + " now");
    }
    stock.add(d.stock() - stock.getTotal());
    em.flush();
    return CouponView.of(coupon, stock.getTotal(), stock.getRemaining(), storeIds);
  }

  public void uploadImage(long couponId, CouponImageKind kind, byte[] bytes) {
    if (kind == null) {
      throw new InvalidInput("kind", "coupon.image.kind.required", "Choose cover or background");
    }
    UploadedImage image = UploadedImage.check(kind == CouponImageKind.COVER ? "cover" : "background", bytes, CouponImage.MAX_BYTES);
    load(couponId);
    CouponImage existing = image(couponId, kind);
    if (existing == null) {
      em.persist(new CouponImage(couponId, kind, image, StoredTime.now()));
    } else {
      existing.replace(image, StoredTime.now());
    }
  }

  public ImageData imageOf(long couponId, CouponImageKind kind) {
    load(couponId);
    CouponImage image = kind == null ? null : image(couponId, kind);
    if (image == null) {
      throw new NotFound("Image", couponId + "/" + kind);
    }
    return new ImageData(image.getMediaType(), image.getBytes(), image.getUploadedAt());
  }

  private CouponImage image(long couponId, CouponImageKind kind) {
    return em.createQuery("select i from CouponImage i where i.couponId = :c and i.kind = :k", CouponImage.class)
        .setParameter("c", couponId).setParameter("k", kind).getResultStream().findFirst().orElse(null);
  }

  private static void apply(Coupon coupon, CouponDraft d) {
    coupon.set(d.name().strip(), d.type(), d.thresholdFen(), d.amountFen(), d.discountPercent(),
        d.instructions() == null || d.instructions().isBlank() ? null : d.instructions().strip(), d.scope(), d.claimMethod(),
        d.perMemberLimit(), d.perDeviceLimit(), d.validFrom(), d.validUntil(), d.validDays());
  }

  /** The chosen stores, each found in this tenant (another tenant's id is not found). */
  private List<Long> stores(CouponDraft d) {
    if (d.scope() != StoreScope.CHOSEN) {
      return List.of();
    }
    List<Long> ids = List.copyOf(new LinkedHashSet<>(d.storeIds()));
    for (Long id : ids) {
      if (id == null || em.find(Store.class, id) == null) {
        throw new NotFound("Store", id);
      }
    }
    return ids;
  }

  private Coupon load(long id) {
    tenant.tenantId();
    Coupon coupon = em.find(Coupon.class, id);
    if (coupon == null) {
      throw new NotFound("Coupon", id);
    }
    return coupon;
  }

  private CouponStock stock(long couponId) {
    return em.createQuery("select s from CouponStock s where s.couponId = :c", CouponStock.class).setParameter("c", couponId)
        .getResultStream().findFirst().orElse(null);
  }

  private CouponView view(Coupon c, CouponStock stock) {
    List<Long> storeIds = c.getScope() == StoreScope.CHOSEN
        ? em.createQuery("select s.storeId from CouponStore s where s.couponId = :c order by s.storeId", Long.class).setParameter("c", c.getId()).getResultList()
        : List.of();
    return CouponView.of(c, stock == null ? 0 : stock.getTotal(), stock == null ? 0 : stock.getRemaining(), storeIds);
  }
}
