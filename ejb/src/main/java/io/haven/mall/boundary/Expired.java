package io.haven.mall.boundary;

import io.haven.common.HavenException;

/**
 * Outside the sub-inventory's effective time range (R5): after its end it has "expired"; before
 * its start it is not yet effective (code {@code mall.redeem.notYetEffective}).
 */
public class Expired extends HavenException {

  private Expired(String code, String message) {
    super(Kind.CONFLICT, code, "listingId", message);
  }

  public static Expired after(java.time.Instant end) {
    return new Expired("mall.redeem.expired", "The goods expired at " + end);
  }

  public static Expired notYet(java.time.Instant start) {
    return new Expired("mall.redeem.notYetEffective", "The goods can be redeemed from " + start);
  }
}
