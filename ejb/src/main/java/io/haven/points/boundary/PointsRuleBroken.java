package io.haven.points.boundary;

import io.haven.common.HavenException;

/** The rules a points movement can break. */
public class PointsRuleBroken extends HavenException {

  private PointsRuleBroken(Kind kind, String code, String field, String message) {
    super(kind, code, field, message);
  }

  public static PointsRuleBroken insufficient(long balance, long wanted) {
    return new PointsRuleBroken(
        Kind.CONFLICT, "points.insufficient", "amount", "Not enough points: balance " + balance + ", needed " + wanted);
  }

  public static PointsRuleBroken alreadyApplied(String source, String reference) {
    return new PointsRuleBroken(
        Kind.CONFLICT, "points.duplicate", "reference", "Points for " + source + " " + reference + " were already moved");
  }

  public static PointsRuleBroken busy() {
    return new PointsRuleBroken(Kind.BUSY, "points.busy", null, "The points account is busy; try again");
  }
}
