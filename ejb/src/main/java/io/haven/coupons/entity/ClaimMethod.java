package io.haven.coupons.entity;

/** How members get a coupon (C3). */
public enum ClaimMethod {
  /** From the coupon's promotion page (link and QR), free, limited per member and per device. */
  PROMOTION_PAGE,
  /** Bought in the points mall, listed from the self-made coupon library. */
  MALL_EXCHANGE
}
