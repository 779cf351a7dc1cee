package io.haven.mall.boundary;

import io.haven.common.HavenException;
import java.time.Instant;

/** A flash-sale listing at or after its end. */
public class FlashSaleEnded extends HavenException {
  public FlashSaleEnded(Instant end) {
    super(Kind.CONFLICT, "mall.redeem.flashSaleEnded", "listingId", "The flash sale ended at " + end);
  }
}
