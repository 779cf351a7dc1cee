package io.haven.coupons.boundary;

import io.haven.coupons.entity.ClaimMethod;
import io.haven.coupons.entity.Coupon;
import io.haven.coupons.entity.CouponType;
import io.haven.coupons.entity.StoreScope;
import java.time.Instant;
import java.util.List;

/** A coupon as the console and the promotion page show it, with its stock and chosen stores. */
public record CouponView(
    long id,
    long productId,
    String name,
    CouponType type,
    Long thresholdFen,
    Long amountFen,
    Integer discountPercent,
    String instructions,
    long stock,
    long remaining,
    StoreScope scope,
    List<Long> storeIds,
    ClaimMethod claimMethod,
    int perMemberLimit,
    int perDeviceLimit,
    Instant validFrom,
    Instant validUntil,
    Integer validDays,
    Instant createdAt) {

  static CouponView of(Coupon c, long stock, long remaining, List<Long> storeIds) {
    return new CouponView(c.getId(), c.getProductId(), c.getName(), c.getType(), c.getThresholdFen(), c.getAmountFen(), c.getDiscountPercent(),
        c.getInstructions(), stock, remaining, c.getScope(), storeIds, c.getClaimMethod(), c.getPerMemberLimit(), c.getPerDeviceLimit(),
        c.getValidFrom(), c.getValidUntil(), c.getValidDays(), c.getCreatedAt());
  }

  /** What the coupon gives, in words the console and the page share (amounts in yuan). */
  public String benefit() {
    return switch (type) {
      case EXCHANGE -> "EXCHANGE";
      case AMOUNT_OFF -> String.format("%.2f / %.2f", amountFen / 100.0, thresholdFen / 100.0);
      case DISCOUNT -> discountPercent + "%";
    };
  }
}
