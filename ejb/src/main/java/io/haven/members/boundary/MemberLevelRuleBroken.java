package io.haven.members.boundary;

import io.haven.common.HavenException;

/** The rules of a product's member levels (V3). */
public class MemberLevelRuleBroken extends HavenException {

  private MemberLevelRuleBroken(Kind kind, String code, String field, String message) {
    super(kind, code, field, message);
  }

  /** A level's minimum must lie above the level below it and below the level above it. */
  public static MemberLevelRuleBroken notIncreasing(Long below, Long above) {
    String range =
        below == null
            ? "below " + above
            : above == null ? "above " + below : "between " + below + " and " + above + " (exclusive)";
    return new MemberLevelRuleBroken(
        Kind.CONFLICT,
        "memberLevel.minGrowth.order",
        "minGrowth",
        "Minimum growth values must increase from level to level: this level needs a minimum " + range);
  }

  public static MemberLevelRuleBroken nameTaken(String name) {
    return new MemberLevelRuleBroken(Kind.CONFLICT, "memberLevel.name.taken", "name", "A level named " + name + " exists already");
  }

  public static MemberLevelRuleBroken busy() {
    return new MemberLevelRuleBroken(Kind.BUSY, "memberLevel.busy", null, "The levels are being changed by someone else; try again");
  }
}
