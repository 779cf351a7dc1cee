package io.haven.mall.boundary;

import io.haven.common.HavenException;

/** The listing is not online (offline or void): it cannot be redeemed or promoted. */
public class ListingOffline extends HavenException {
  public ListingOffline(long listingId) {
    super(Kind.CONFLICT, "mall.redeem.listingOffline", "listingId", "Listing " + listingId + " is not online");
  }
}
