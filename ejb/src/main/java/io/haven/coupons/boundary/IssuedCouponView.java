package io.haven.coupons.boundary;

import io.haven.coupons.entity.ClaimMethod;
import io.haven.coupons.entity.Coupon;
import io.haven.coupons.entity.CouponType;
import io.haven.coupons.entity.IssuedCoupon;
import java.time.Instant;

/**
 * A member's coupon as "my coupons" shows it: VALID, USED or EXPIRED (as of {@code now}), with the
 * code to show at the counter (as text and, by the storefront, as a QR code).
 */
public record IssuedCouponView(
    long id,
    long couponId,
    String name,
    CouponType type,
    Long thresholdFen,
    Long amountFen,
    Integer discountPercent,
    String instructions,
    String code,
    ClaimMethod claimMethod,
    String state,
    Instant validFrom,
    Instant validUntil,
    Instant claimedAt,
    Instant verifiedAt) {

  public static final String VALID = "VALID";
  public static final String USED = "USED";
  public static final String EXPIRED = "EXPIRED";

  static IssuedCouponView of(IssuedCoupon i, Coupon c, Instant now) {
    String state = i.getVerifiedAt() != null || i.getStatus() == io.haven.coupons.entity.IssuedStatus.VERIFIED ? USED
        : now.isBefore(i.getValidUntil()) ? VALID : EXPIRED;
    return new IssuedCouponView(i.getId(), c.getId(), c.getName(), c.getType(), c.getThresholdFen(), c.getAmountFen(), c.getDiscountPercent(),
        c.getInstructions(), i.getCode(), i.getClaimMethod(), state, i.getValidFrom(), i.getValidUntil(), i.getClaimedAt(), i.getVerifiedAt());
  }
}
