package io.haven.coupons.boundary;

import io.haven.common.HavenException;

/** Too many unknown codes typed by this verifier lately: look-ups wait until the window ends. */
public class LookupsThrottled extends HavenException {

  private final long retryAfterSeconds;

  public LookupsThrottled(long retryAfterSeconds) {
    super(Kind.THROTTLED, "coupon.verify.throttled", "code", "Too many unknown codes: try again in " + Math.max(1, (retryAfterSeconds + 59) / 60) + " minute(s)");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  @Override
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
