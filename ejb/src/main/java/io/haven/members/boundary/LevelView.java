package io.haven.members.boundary;

import io.haven.members.entity.MemberLevel;
import java.time.Instant;

/** A member level as the console, storefront and API show it (without the badge bytes). */
public record LevelView(
    long id, long productId, String name, long minGrowth, String badgeType, int badgeSize, long version, Instant createdAt) {

  static LevelView of(MemberLevel l) {
    return new LevelView(
        l.getId(), l.getProductId(), l.getName(), l.getMinGrowth(), l.getBadgeType(), l.getBadgeSize(), l.getVersion(), l.getCreatedAt());
  }
}
