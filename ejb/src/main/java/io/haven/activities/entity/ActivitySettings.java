package io.haven.activities.entity;

import io.haven.common.InvalidInput;
import io.haven.inventory.entity.PeriodLimit;
import java.time.Instant;

/**
 * The A2 settings of an activity, checked as a whole when made: a broken one is refused with
 * {@link InvalidInput} naming its field, before anything is written. Limits use the mall's
 * {@link PeriodLimit} (-1 unlimited); plays per day is every play of a member in a day, free or
 * paid (-1 unlimited), and the free ones come first.
 */
public record ActivitySettings(
    ActivityType type,
    String title,
    String rules,
    Instant startsAt,
    Instant endsAt,
    long pointsPerPlay,
    int freePlaysPerDay,
    int playsPerDay,
    PeriodLimit perUser,
    PeriodLimit perDevice,
    String noPrizeText,
    Presentation presentation) {

  public static final long MAX_POINTS_PER_PLAY = 1_000_000;
  public static final int MAX_PLAYS_PER_DAY = 10_000;

  /** Settings with the type's default presentation. */
  public ActivitySettings(
      ActivityType type, String title, String rules, Instant startsAt, Instant endsAt, long pointsPerPlay, int freePlaysPerDay, int playsPerDay,
      PeriodLimit perUser, PeriodLimit perDevice, String noPrizeText) {
    this(type, title, rules, startsAt, endsAt, pointsPerPlay, freePlaysPerDay, playsPerDay, perUser, perDevice, noPrizeText, null);
  }

  public ActivitySettings {
    if (type == null) {
      throw new InvalidInput("type", "activity.type.required", "Choose the type of activity");
    }
    presentation = presentation == null ? Presentation.defaultFor(type) : presentation;
    if (presentation.type() != type) {
      throw new InvalidInput("presentation", "activity.presentation.invalid", "This presentation is not one of the type's");
    }
    title = title == null ? "" : title.strip();
    if (title.isEmpty() || title.length() > Activity.TITLE_MAX) {
      throw new InvalidInput("title", "activity.title.invalid", "Title must be 1 to " + Activity.TITLE_MAX + " characters");
    }
    rules = rules == null || rules.isBlank() ? null : rules.strip();
    if (rules != null && rules.length() > Activity.RULES_MAX) {
      throw new InvalidInput("rules", "activity.rules.invalid", "Rules must be at most " + Activity.RULES_MAX + " characters");
    }
    if (startsAt == null || endsAt == null) {
      throw new InvalidInput("endsAt", "activity.window.required", "Start and end are required");
    }
    if (!endsAt.isAfter(startsAt)) {
      throw new InvalidInput("endsAt", "activity.window.invalid", "The end must be after the start");
    }
    if (pointsPerPlay < 0 || pointsPerPlay > MAX_POINTS_PER_PLAY) {
      throw new InvalidInput("pointsPerPlay", "activity.pointsPerPlay.invalid", "Points per play must be 0 to " + MAX_POINTS_PER_PLAY);
    }
    if (freePlaysPerDay < 0 || freePlaysPerDay > MAX_PLAYS_PER_DAY) {
      throw new InvalidInput("freePlaysPerDay", "activity.freePlays.invalid", "Free plays must be 0 to " + MAX_PLAYS_PER_DAY);
    }
    if (playsPerDay != Activity.UNLIMITED && (playsPerDay < 1 || playsPerDay > MAX_PLAYS_PER_DAY)) {
      throw new InvalidInput("playsPerDay", "activity.playsPerDay.invalid", "Plays per day must be -1 (unlimited) or 1 to " + MAX_PLAYS_PER_DAY);
    }
    if (playsPerDay != Activity.UNLIMITED && freePlaysPerDay > playsPerDay) {
      throw new InvalidInput("freePlaysPerDay", "activity.freePlays.aboveDaily", "Free plays cannot exceed the plays per day");
    }
    if (pointsPerPlay == 0 && playsPerDay == Activity.UNLIMITED && freePlaysPerDay == 0) {
      // free, unlimited play would let a script drain every prize: one of the two must bound it
      throw new InvalidInput("playsPerDay", "activity.playsPerDay.unbounded", "Free activities need a number of plays per day");
    }
    perUser = perUser == null ? PeriodLimit.unlimited() : perUser;
    perDevice = perDevice == null ? PeriodLimit.unlimited() : perDevice;
    noPrizeText = noPrizeText == null || noPrizeText.isBlank() ? "Thanks for taking part" : noPrizeText.strip();
    if (noPrizeText.length() > Activity.NO_PRIZE_TEXT_MAX) {
      throw new InvalidInput("noPrizeText", "activity.noPrizeText.invalid", "The no-prize text must be at most " + Activity.NO_PRIZE_TEXT_MAX + " characters");
    }
  }
}
