package io.haven.inventory.boundary;

import io.haven.inventory.entity.LimitPeriod;
import io.haven.inventory.entity.PointsType;
import java.time.Instant;

/**
 * What the allocation dialog sends (R5): limits (-1 unlimited), the effective range, notes and the
 * award fields of every category; only those of the goods' category are read.
 */
public record AllocationRequest(
    boolean autoAward,
    int perUserLimit,
    LimitPeriod perUserPeriod,
    int perDeviceLimit,
    LimitPeriod perDevicePeriod,
    long totalCap,
    Instant effectiveFrom,
    Instant effectiveTo,
    String notes,
    String link,
    Long points,
    String pointsAppId,
    PointsType pointsType,
    Long amountFen,
    String merchantName,
    String activityName,
    String blessing) {

  /** No limits, no award fields: a starting point for callers that set a few. */
  public static AllocationRequest unlimited(Instant from, Instant to) {
    return new AllocationRequest(true, -1, null, -1, null, -1, from, to, null, null, null, null, null, null, null, null, null);
  }

  public AllocationRequest withLink(String link) {
    return new AllocationRequest(autoAward, perUserLimit, perUserPeriod, perDeviceLimit, perDevicePeriod, totalCap, effectiveFrom, effectiveTo, notes, link, points, pointsAppId, pointsType, amountFen, merchantName, activityName, blessing);
  }

  public AllocationRequest withPoints(Long points, String appId, PointsType type) {
    return new AllocationRequest(autoAward, perUserLimit, perUserPeriod, perDeviceLimit, perDevicePeriod, totalCap, effectiveFrom, effectiveTo, notes, link, points, appId, type, amountFen, merchantName, activityName, blessing);
  }

  public AllocationRequest withRedPacket(Long amountFen, String merchant, String activity, String blessing) {
    return new AllocationRequest(autoAward, perUserLimit, perUserPeriod, perDeviceLimit, perDevicePeriod, totalCap, effectiveFrom, effectiveTo, notes, link, points, pointsAppId, pointsType, amountFen, merchant, activity, blessing);
  }

  public AllocationRequest withLimits(int perUser, LimitPeriod userPeriod, int perDevice, LimitPeriod devicePeriod, long cap) {
    return new AllocationRequest(autoAward, perUser, userPeriod, perDevice, devicePeriod, cap, effectiveFrom, effectiveTo, notes, link, points, pointsAppId, pointsType, amountFen, merchantName, activityName, blessing);
  }
}
