package io.haven.coupons.boundary;

import io.haven.common.HavenException;
import io.haven.coupons.entity.ClaimCounter;

/** The member (or the device) already holds as many of this coupon as it allows. */
public class ClaimLimitReached extends HavenException {

  private final ClaimCounter.Kind limit;

  public ClaimLimitReached(ClaimCounter.Kind limit, int max) {
    super(Kind.CONFLICT, limit == ClaimCounter.Kind.MEMBER ? "coupon.claim.memberLimit" : "coupon.claim.deviceLimit", null,
        "This coupon can be claimed at most " + max + " times per " + (limit == ClaimCounter.Kind.MEMBER ? "member" : "device"));
    this.limit = limit;
  }

  public ClaimCounter.Kind limit() {
    return limit;
  }
}
