package io.haven.mall.boundary;

import io.haven.mall.entity.RedemptionStatus;
import java.time.Instant;

/**
 * Console filters of redemption records (M4); null (or blank) means "any". {@code orderNumber}
 * matches exactly, {@code memberAccount} matches part of the member's phone or member id,
 * {@code goodsSource} is OWN/PURCHASED/FREE, {@code from} inclusive and {@code to} exclusive.
 */
public record RedemptionFilter(
    String orderNumber, String memberAccount, String goodsSource, Instant from, Instant to, Long productId, RedemptionStatus status) {

  public static RedemptionFilter any() {
    return new RedemptionFilter(null, null, null, null, null, null, null);
  }
}
