package io.haven.activities.boundary;

import io.haven.activities.entity.PlayStatus;
import java.time.Instant;

/**
 * The console's play and winner record filters (A4): activity, product, member account (part of
 * the phone or the enterprise's member id), status, played from (inclusive) to (exclusive), and
 * winners only. Null or blank means "any".
 */
public record PlayFilter(Long activityId, Long productId, String memberAccount, PlayStatus status, Instant from, Instant to, boolean winsOnly) {
  public static PlayFilter any() {
    return new PlayFilter(null, null, null, null, null, null, false);
  }
}
