package io.haven.coupons.boundary;

import io.haven.coupons.entity.CouponType;
import io.haven.coupons.entity.CouponVerification;
import java.time.Instant;

/** One line of the settlement records (C5): a verification as it happened. */
public record SettlementRecord(
    long id, String orderNumber, long couponId, String couponName, CouponType couponType, long verifierUserId, String verifierUsername,
    long storeId, String storeName, Instant verifiedAt) {

  static SettlementRecord of(CouponVerification v) {
    return new SettlementRecord(v.getId(), v.getOrderNumber(), v.getCouponId(), v.getCouponName(), v.getCouponType(), v.getVerifierUserId(),
        v.getVerifierUsername(), v.getStoreId(), v.getStoreName(), v.getVerifiedAt());
  }
}
