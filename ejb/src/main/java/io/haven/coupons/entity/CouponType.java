package io.haven.coupons.entity;

/** What a coupon gives (C3). */
public enum CouponType {
  /** An item or service named on the coupon, handed over at the counter. */
  EXCHANGE,
  /** A fixed amount off an order that reaches a threshold. */
  AMOUNT_OFF,
  /** The member pays a percentage of the order. */
  DISCOUNT
}
