package io.haven.coupons.entity;

/** Where a coupon can be verified: every store of the enterprise, or the chosen ones. */
public enum StoreScope {
  ALL,
  CHOSEN
}
