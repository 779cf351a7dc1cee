package io.haven.tasks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SignInStreakTest {

  private static long day(String date) {
    return LocalDate.parse(date).toEpochDay();
  }

  @Test
  void theFirstSignInStartsAStreakOfOne() {
    assertThat(SignInStreak.next(null, null, day("2026-03-30"))).isEqualTo(1);
  }

  @Test
  void theNextDayExtendsTheStreakAcrossAMonthEnd() {
    assertThat(SignInStreak.next(day("2026-03-31"), 4, day("2026-04-01"))).isEqualTo(5);
    assertThat(SignInStreak.next(day("2026-12-31"), 6, day("2027-01-01"))).isEqualTo(7);
    assertThat(SignInStreak.next(day("2028-02-28"), 1, day("2028-02-29"))).isEqualTo(2);
  }

  @Test
  void aMissedDayStartsAgainAtOne() {
    assertThat(SignInStreak.next(day("2026-03-30"), 6, day("2026-04-01"))).isEqualTo(1);
    assertThat(SignInStreak.next(day("2025-04-01"), 6, day("2026-04-02"))).isEqualTo(1);
  }

  @Test
  void bonusesFallOnDayThreeAndDaySevenOfEveryWeekOfTheStreak() {
    assertThat(SignInStreak.bonus(1, 5, 20)).isZero();
    assertThat(SignInStreak.bonus(2, 5, 20)).isZero();
    assertThat(SignInStreak.bonus(3, 5, 20)).isEqualTo(5);
    assertThat(SignInStreak.bonus(4, 5, 20)).isZero();
    assertThat(SignInStreak.bonus(7, 5, 20)).isEqualTo(20);
    assertThat(SignInStreak.bonus(8, 5, 20)).isZero();
    assertThat(SignInStreak.bonus(10, 5, 20)).isEqualTo(5);
    assertThat(SignInStreak.bonus(14, 5, 20)).isEqualTo(20);
  }

  @Test
  void theShownStreakLastsUntilADayIsMissed() {
    assertThat(SignInStreak.current(day("2026-04-01"), 3, day("2026-04-01"))).isEqualTo(3);
    assertThat(SignInStreak.current(day("2026-04-01"), 3, day("2026-04-02"))).isEqualTo(3);
    assertThat(SignInStreak.current(day("2026-04-01"), 3, day("2026-04-03"))).isZero();
    assertThat(SignInStreak.current(null, null, day("2026-04-03"))).isZero();
  }
}
