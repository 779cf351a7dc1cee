package io.haven.mall.boundary;

import io.haven.common.HavenException;

/** The member's balance is below the points the redemption costs; nothing was taken. */
public class InsufficientPoints extends HavenException {
  public InsufficientPoints(long balance, long needed) {
    super(Kind.CONFLICT, "mall.redeem.insufficientPoints", "quantity", "Not enough points: balance " + balance + ", needed " + needed);
  }
}
