package io.haven.coupons.boundary;

import io.haven.common.HavenException;

/** A row a claim or verification needed was locked by others for too long: try again. */
public class CouponBusy extends HavenException {
  public CouponBusy(String what) {
    super(Kind.BUSY, "coupon.busy", null, what + " is busy; try again");
  }
}
