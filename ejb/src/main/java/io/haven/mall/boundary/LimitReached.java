package io.haven.mall.boundary;

import io.haven.common.HavenException;

/**
 * A redemption limit would be exceeded. {@link #limit()} names which: USER (per user id and
 * period), DEVICE (per device and period) or TOTAL (the sub-inventory's total outbound cap); the
 * code is {@code mall.redeem.limit.user|device|total}.
 */
public class LimitReached extends HavenException {

  public enum Limit { USER, DEVICE, TOTAL }

  private final Limit limit;

  public LimitReached(Limit limit, long allowed) {
    super(Kind.CONFLICT, "mall.redeem.limit." + limit.name().toLowerCase(java.util.Locale.ROOT), "quantity",
        "The " + limit.name().toLowerCase(java.util.Locale.ROOT) + " limit of " + allowed + " would be exceeded");
    this.limit = limit;
  }

  public Limit limit() {
    return limit;
  }
}
