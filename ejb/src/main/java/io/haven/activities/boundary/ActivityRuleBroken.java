package io.haven.activities.boundary;

import io.haven.common.HavenException;

/** Rules of the operators' side of activities (A2, A3, T1). */
public class ActivityRuleBroken extends HavenException {

  private ActivityRuleBroken(Kind kind, String code, String field, String message) {
    super(kind, code, field, message);
  }

  public static ActivityRuleBroken freeEditionFull(int max) {
    return new ActivityRuleBroken(Kind.CONFLICT, "activity.freeEdition.full", null,
        "The free edition allows at most " + max + " activities; upgrade to add more");
  }

  public static ActivityRuleBroken notDraft(String status) {
    return new ActivityRuleBroken(Kind.CONFLICT, "activity.notDraft", null, "Prizes can only be changed in a draft; this activity is " + status);
  }

  public static ActivityRuleBroken noSeedYet() {
    return new ActivityRuleBroken(Kind.CONFLICT, "activity.notEnded", null, "The seed is revealed only after the activity has ended");
  }

  public static ActivityRuleBroken typeFixed() {
    return new ActivityRuleBroken(Kind.CONFLICT, "activity.typeFixed", "type", "The type can only be switched while the activity is a draft");
  }

  public static ActivityRuleBroken hasPlays(long plays) {
    return new ActivityRuleBroken(Kind.CONFLICT, "activity.hasPlays", null,
        "The activity has " + plays + " plays and cannot be deleted; take it offline instead");
  }

  public static ActivityRuleBroken notShippable(String status) {
    return new ActivityRuleBroken(Kind.CONFLICT, "activity.notShippable", null, "Only a prize waiting for shipment can be shipped; this one is " + status);
  }

  public static ActivityRuleBroken notWaitingForAddress(String status) {
    return new ActivityRuleBroken(Kind.CONFLICT, "activity.notWaitingForAddress", null, "This prize takes no address now; it is " + status);
  }
}
