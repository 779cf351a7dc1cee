package io.haven.mall.boundary;

import io.haven.common.HavenException;

/**
 * The goods' award cannot be given to this member, found out before anything was taken: a POINTS
 * award whose target product has no account for this member (matched by phone or by the
 * enterprise's member id), or a target product outside the enterprise.
 */
public class AwardUnavailable extends HavenException {
  public AwardUnavailable(String message) {
    super(Kind.UNPROCESSABLE, "mall.redeem.awardUnavailable", "listingId", message);
  }
}
