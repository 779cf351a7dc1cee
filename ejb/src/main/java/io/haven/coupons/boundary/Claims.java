package io.haven.coupons.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.coupons.control.ClaimLimits;
import io.haven.coupons.control.CouponAvailability;
import io.haven.coupons.control.CouponCodes;
import io.haven.coupons.control.CouponStockRow;
import io.haven.coupons.entity.ClaimCounter.Kind;
import io.haven.coupons.entity.ClaimMethod;
import io.haven.coupons.entity.Coupon;
import io.haven.coupons.entity.IssuedCoupon;
import io.haven.members.entity.Member;
import io.haven.points.control.PointsAccounts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A member claims a coupon from its promotion page (C3) — one claim, one transaction, in the order
 * ARCHITECTURE § Stock, points and locks asks for, the contended row last:
 *
 * <ol>
 *   <li>without any lock: the coupon (this product's, claimed on a promotion page, its fixed
 *       period not over), coupons available to the enterprise (not OWN_LOGIN), the member of this
 *       product, the device id when the coupon is limited per device;
 *   <li>the member's own rows: the points account lock (one member's claims queue, so they are
 *       refused by the limit, not by a lost race), the per-member and per-device counters (guarded
 *       rows, {@link ClaimLimits}), the issued coupon with its fresh code — sent to the database now;
 *   <li>the coupon's stock row ({@link CouponStockRow}): lock, guarded decrement; none left → the
 *       whole claim rolls back ("all claimed"); then the commit.
 * </ol>
 */
@Stateless
public class Claims {

  public static final int DEVICE_MAX = 64;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject CouponAvailability availability;
  @Inject PointsAccounts accounts;
  @Inject ClaimLimits limits;
  @Inject CouponStockRow stock;

  public IssuedCouponView claim(long productId, long couponId, long memberId, String deviceId) {
    long tenantId = tenant.tenantId();
    Instant now = StoredTime.now();
    String device = deviceId == null || deviceId.isBlank() ? null : deviceId.strip();
    if (device != null && device.length() > DEVICE_MAX) {
      throw new InvalidInput("deviceId", "coupon.claim.device.invalid", "Device id must be at most " + DEVICE_MAX + " characters");
    }

    // 1. everything that needs no lock
    Coupon coupon = em.find(Coupon.class, couponId);
    if (coupon == null || coupon.getProductId() != productId) {
      throw new NotFound("Coupon", couponId);
    }
    availability.require();
    if (coupon.getClaimMethod() != ClaimMethod.PROMOTION_PAGE) {
      throw CouponRuleBroken.notOnPromotionPage();
    }
    if (!coupon.claimableAt(now)) {
      throw CouponRuleBroken.claimEnded(coupon.getValidUntil());
    }
    Member member = em.find(Member.class, memberId);
    if (member == null || member.getProductId() != productId) {
      throw new NotFound("Member", memberId);
    }
    if (device == null && coupon.getPerDeviceLimit() != -1) {
      throw new InvalidInput("deviceId", "coupon.claim.device.required", "This coupon is limited per device: the device id is required");
    }

    // 2. the member's own rows: account lock, counters, the issued coupon
    accounts.lock(memberId);
    if (coupon.getPerMemberLimit() != -1) {
      limits.countOne(tenantId, couponId, Kind.MEMBER, String.valueOf(memberId), coupon.getPerMemberLimit());
    }
    if (device != null && coupon.getPerDeviceLimit() != -1) {
      limits.countOne(tenantId, couponId, Kind.DEVICE, device, coupon.getPerDeviceLimit());
    }
    IssuedCoupon issued = new IssuedCoupon(coupon, memberId, CouponCodes.next(), ClaimMethod.PROMOTION_PAGE, now);
    em.persist(issued);
    em.flush(); // the member's side goes out now, not at commit inside the stock lock

    // 3. the stock row last: lock, guarded decrement
    if (stock.lock(couponId) < 1 || !stock.takeOne(couponId)) {
      throw CouponRuleBroken.outOfStock();
    }
    return IssuedCouponView.of(issued, coupon, now);
  }

  /** The member's coupons of the product, newest first; another member's or tenant's are not there. */
  public List<IssuedCouponView> mine(long productId, long memberId, int max) {
    tenant.tenantId();
    Instant now = StoredTime.now();
    List<IssuedCoupon> issued = em.createQuery(
            "select i from IssuedCoupon i where i.productId = :p and i.memberId = :m order by i.id desc", IssuedCoupon.class)
        .setParameter("p", productId)
        .setParameter("m", memberId)
        .setMaxResults(Math.max(1, Math.min(max, 500)))
        .getResultList();
    List<Long> couponIds = issued.stream().map(IssuedCoupon::getCouponId).distinct().toList();
    Map<Long, Coupon> coupons = couponIds.isEmpty() ? Map.of()
        : em.createQuery("select c from Coupon c where c.id in :ids", Coupon.class).setParameter("ids", couponIds).getResultStream()
            .collect(Collectors.toMap(Coupon::getId, Function.identity()));
    return issued.stream().map(i -> IssuedCouponView.of(i, coupons.get(i.getCouponId()), now)).toList();
  }

  /** One of the member's coupons (for its QR code); another member's is not found. */
  public IssuedCouponView one(long productId, long memberId, long issuedId) {
    tenant.tenantId();
    IssuedCoupon i = em.find(IssuedCoupon.class, issuedId);
    if (i == null || i.getProductId() != productId || i.getMemberId() != memberId) {
      throw new NotFound("Coupon", issuedId);
    }
    return IssuedCouponView.of(i, em.find(Coupon.class, i.getCouponId()), StoredTime.now());
  }

  /** How many times the member claimed the coupon (the promotion page explains the limit with it). */
  public int claimedBy(long couponId, long memberId) {
    return limits.used(tenant.tenantId(), couponId, Kind.MEMBER, String.valueOf(memberId));
  }
}
