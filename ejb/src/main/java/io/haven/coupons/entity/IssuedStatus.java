package io.haven.coupons.entity;

/** An issued coupon is verified at most once; there is no way back. */
public enum IssuedStatus {
  ISSUED,
  VERIFIED
}
