package io.haven.members.control;

import io.haven.members.entity.MemberLevel;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A product's levels from lowest to highest, and where a growth value stands on them. The level is
 * derived here on every read rather than stored on the member: a member's level then follows every
 * growth change and every level edit at once, with no bulk rewrite of members when an operator
 * moves a threshold (a product has a handful of levels; members may be millions).
 */
public record LevelLadder(List<MemberLevel> levels) {

  public LevelLadder {
    levels = levels.stream().sorted(Comparator.comparingLong(MemberLevel::getMinGrowth)).toList();
  }

  /** The highest level whose minimum the growth value reached; empty below the first level. */
  public Optional<MemberLevel> levelFor(long growth) {
    MemberLevel reached = null;
    for (MemberLevel level : levels) {
      if (level.getMinGrowth() <= growth) {
        reached = level;
      }
    }
    return Optional.ofNullable(reached);
  }

  /** The lowest level the growth value has not reached yet; empty at the top. */
  public Optional<MemberLevel> nextAfter(long growth) {
    return levels.stream().filter(l -> l.getMinGrowth() > growth).findFirst();
  }
}
