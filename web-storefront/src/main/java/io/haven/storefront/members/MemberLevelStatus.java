package io.haven.storefront.members;

import io.haven.members.boundary.LevelView;
import io.haven.members.boundary.MemberStanding;

/**
 * The signed-in member's level as the level page shows it: growth value, the level reached and the
 * next one, and how far along the way to the next level the member is (0 to 100).
 */
public record MemberLevelStatus(long growthValue, Level level, Level next, long toNext, int percent) {

  /** A level with the URL of its badge image. */
  public record Level(long id, String name, long minGrowth, String badge) {
    static Level of(LevelView view, String home) {
      return view == null ? null : new Level(view.id(), view.name(), view.minGrowth(), home + "level/badges/" + view.id());
    }
  }

  static MemberLevelStatus of(MemberStanding standing, String home) {
    long growth = standing.growthValue();
    long from = standing.level() == null ? 0 : standing.level().minGrowth();
    long to = standing.next() == null ? growth : standing.next().minGrowth();
    int percent = standing.next() == null ? 100 : (int) Math.max(0, Math.min(100, (growth - from) * 100 / Math.max(1, to - from)));
    return new MemberLevelStatus(
        growth, Level.of(standing.level(), home), Level.of(standing.next(), home), Math.max(0, to - growth), percent);
  }
}
