package io.haven.mall.boundary;

import io.haven.common.HavenException;
import java.time.Instant;

/** A flash-sale listing before its start. */
public class FlashSaleNotStarted extends HavenException {
  public FlashSaleNotStarted(Instant start) {
    super(Kind.CONFLICT, "mall.redeem.flashSaleNotStarted", "listingId", "The flash sale starts at " + start);
  }
}
