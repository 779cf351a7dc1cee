package io.haven.tasks.control;

/**
 * Consecutive sign-in (K3), counted in days of the enterprise's time zone (the day cycle's index is
 * the local epoch day). A sign-in the day after the previous one extends the streak; any missed day
 * starts again at 1.
 *
 * <p>Past day 7 the streak keeps counting (8, 9, ...) so the member sees how long it is, and the
 * bonuses come round again every seven days: the 3rd day of each week of the streak (days 3, 10,
 * 17, ...) earns the day-3 bonus, and every 7th day (7, 14, ...) the day-7 bonus. A long streak is
 * thus rewarded steadily instead of the bonuses stopping after the first week.
 */
public final class SignInStreak {

  private SignInStreak() {}

  /**
   * The streak today's sign-in makes.
   *
   * @param lastDay the local epoch day of the previous sign-in, or null if none
   * @param lastStreak the streak that sign-in made
   * @param today the local epoch day of this sign-in (after {@code lastDay})
   */
  public static int next(Long lastDay, Integer lastStreak, long today) {
    if (lastDay != null && lastStreak != null && lastDay == today - 1) {
      return lastStreak + 1;
    }
    return 1;
  }

  /** The bonus earned on day {@code streak} of a streak. */
  public static int bonus(int streak, int bonusDay3, int bonusDay7) {
    int dayOfWeek = (streak - 1) % 7 + 1;
    return dayOfWeek == 3 ? bonusDay3 : dayOfWeek == 7 ? bonusDay7 : 0;
  }

  /** The streak as shown today: still alive if the last sign-in was today or yesterday, else 0. */
  public static int current(Long lastDay, Integer lastStreak, long today) {
    if (lastDay == null || lastStreak == null) {
      return 0;
    }
    return lastDay == today || lastDay == today - 1 ? lastStreak : 0;
  }
}
