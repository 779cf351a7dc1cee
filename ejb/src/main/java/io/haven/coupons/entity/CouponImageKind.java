package io.haven.coupons.entity;

public enum CouponImageKind {
  COVER,
  BACKGROUND
}
