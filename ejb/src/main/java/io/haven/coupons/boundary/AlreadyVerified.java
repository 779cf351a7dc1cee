package io.haven.coupons.boundary;

import io.haven.common.HavenException;
import java.time.Instant;

/** The coupon was verified before: where and when, so the counter can tell the member. */
public class AlreadyVerified extends HavenException {

  private final String storeName;
  private final Instant verifiedAt;

  public AlreadyVerified(String storeName, Instant verifiedAt) {
    super(Kind.CONFLICT, "coupon.verify.already", null,
        storeName == null ? "This coupon has already been verified" : "Already verified at " + storeName + " on " + verifiedAt);
    this.storeName = storeName;
    this.verifiedAt = verifiedAt;
  }

  /** The store that verified it, or null when the refusal came from the unique row alone. */
  public String storeName() {
    return storeName;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }
}
