package io.haven.activities.boundary;

import io.haven.activities.entity.ActivityStatus;
import io.haven.activities.entity.ActivityType;

/** The console's activity list filters (A3); null or blank means "any". */
public record ActivityFilter(Long productId, String title, ActivityType type, ActivityStatus status) {
  public static ActivityFilter any() {
    return new ActivityFilter(null, null, null, null);
  }
}
