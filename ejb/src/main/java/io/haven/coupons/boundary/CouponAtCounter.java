package io.haven.coupons.boundary;

import io.haven.coupons.entity.CouponType;
import java.time.Instant;

/**
 * A code as the verification page shows it before and after confirming: the coupon, its validity,
 * and — once verified — where and when.
 */
public record CouponAtCounter(
    String code,
    long couponId,
    String name,
    CouponType type,
    Long thresholdFen,
    Long amountFen,
    Integer discountPercent,
    Instant validFrom,
    Instant validUntil,
    boolean verified,
    String verifiedAtStore,
    Instant verifiedAt,
    String orderNumber) {}
