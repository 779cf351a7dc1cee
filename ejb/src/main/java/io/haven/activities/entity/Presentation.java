package io.haven.activities.entity;

/**
 * How the storefront presents a play of an activity (A1). Every presentation draws through the same
 * engine; it only decides what the member sees before the server's outcome is shown: a card to
 * scratch, a wheel or nine-grid that stops on the outcome, a box to open, or a short game against
 * the computer whose finish is the play. Each belongs to one type; the first of a type is its
 * default.
 */
public enum Presentation {
  SCRATCH_CARD(ActivityType.LOTTERY),
  LUCKY_WHEEL(ActivityType.LOTTERY),
  NINE_GRID(ActivityType.LOTTERY),
  BLIND_BOX(ActivityType.LOTTERY),
  STACKING_TOWER(ActivityType.GAME),
  MATCH_THREE(ActivityType.GAME),
  CARD_GAME(ActivityType.GAME),
  NURTURE(ActivityType.NURTURE),
  TREASURE_HUNT(ActivityType.TREASURE),
  COMPOSITE(ActivityType.COMPOSITE);

  private final ActivityType type;

  Presentation(ActivityType type) {
    this.type = type;
  }

  public ActivityType type() {
    return type;
  }

  public static Presentation defaultFor(ActivityType type) {
    for (Presentation p : values()) {
      if (p.type == type) {
        return p;
      }
    }
    throw new IllegalArgumentException(String.valueOf(type));
  }
}
