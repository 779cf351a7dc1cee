package io.haven.tasks.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CycleRuleTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void aDayRunsFromLocalMidnightToLocalMidnight() {
    CycleRule daily = new CycleRule(CycleType.DAY, 1, 1);
    // 2026-03-31 23:59:59 in Shanghai is 15:59:59 UTC; one second later is the next local day.
    CycleWindow lastSecond = daily.windowAt(Instant.parse("2026-03-31T15:59:59Z"), SHANGHAI);
    CycleWindow nextDay = daily.windowAt(Instant.parse("2026-03-31T16:00:00Z"), SHANGHAI);
    assertThat(lastSecond.start()).isEqualTo(Instant.parse("2026-03-30T16:00:00Z"));
    assertThat(lastSecond.end()).isEqualTo(nextDay.start());
    assertThat(nextDay.index()).isEqualTo(lastSecond.index() + 1);
    assertThat(nextDay.contains(Instant.parse("2026-04-01T15:59:59.999Z"))).isTrue();
    assertThat(nextDay.contains(Instant.parse("2026-04-01T16:00:00Z"))).isFalse();
  }

  @Test
  void anHourBoundaryStartsANewCycle() {
    CycleRule hourly = new CycleRule(CycleType.HOUR, 1, 2);
    CycleWindow before = hourly.windowAt(Instant.parse("2026-05-01T09:59:59.999Z"), SHANGHAI);
    CycleWindow after = hourly.windowAt(Instant.parse("2026-05-01T10:00:00Z"), SHANGHAI);
    assertThat(after.index()).isEqualTo(before.index() + 1);
    assertThat(after.start()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
    assertThat(after.end()).isEqualTo(Instant.parse("2026-05-01T11:00:00Z"));
  }

  @Test
  void aYearEndsAtLocalNewYear() {
    CycleRule yearly = new CycleRule(CycleType.YEAR, 1, 1);
    CycleWindow year2026 = yearly.windowAt(Instant.parse("2026-12-31T15:59:59Z"), SHANGHAI);
    CycleWindow year2027 = yearly.windowAt(Instant.parse("2026-12-31T16:00:00Z"), SHANGHAI);
    assertThat(year2026.end()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    assertThat(year2027.index()).isEqualTo(year2026.index() + 1);
  }

  @Test
  void multiDayCyclesPairDaysTheSameWayForEveryone() {
    CycleRule everyTwoDays = new CycleRule(CycleType.DAY, 2, 3);
    CycleWindow w = everyTwoDays.windowAt(Instant.parse("2026-06-10T04:00:00Z"), SHANGHAI);
    assertThat(w.end()).isEqualTo(w.start().plusSeconds(2 * 86_400));
    assertThat(w.contains(Instant.parse("2026-06-10T04:00:00Z"))).isTrue();
    // aligned on whole local days counted from 1970-01-01, not on the moment asked about: local
    // 2026-06-10 is epoch day 20614 (even), so its pair is 06-10 and 06-11 in Shanghai
    assertThat(w.start()).isEqualTo(Instant.parse("2026-06-09T16:00:00Z"));
    assertThat(w.end()).isEqualTo(Instant.parse("2026-06-11T16:00:00Z"));
    assertThat(w.index()).isEqualTo(20614 / 2);
    // the last local second of 06-11 is in the same cycle, the last of 06-09 in the one before
    assertThat(everyTwoDays.windowAt(Instant.parse("2026-06-11T15:59:59Z"), SHANGHAI)).isEqualTo(w);
    CycleWindow before = everyTwoDays.windowAt(Instant.parse("2026-06-09T15:59:59Z"), SHANGHAI);
    assertThat(before.index()).isEqualTo(w.index() - 1);
    assertThat(before.end()).isEqualTo(w.start());
    // three-day cycles: 20614 = 3 × 6871 + 1, so 06-10 falls in the cycle that began on 06-09
    CycleWindow three = new CycleRule(CycleType.DAY, 3, 1).windowAt(Instant.parse("2026-06-10T04:00:00Z"), SHANGHAI);
    assertThat(three.start()).isEqualTo(Instant.parse("2026-06-08T16:00:00Z"));
    assertThat(three.end()).isEqualTo(Instant.parse("2026-06-11T16:00:00Z"));
    // hours and years align the same way: 2-hour cycles start at even local hours, 2-year ones in even years
    CycleWindow twoHours = new CycleRule(CycleType.HOUR, 2, 1).windowAt(Instant.parse("2026-06-10T04:30:00Z"), SHANGHAI);
    assertThat(twoHours.start()).isEqualTo(Instant.parse("2026-06-10T04:00:00Z"));
    assertThat(twoHours.end()).isEqualTo(Instant.parse("2026-06-10T06:00:00Z"));
    CycleWindow twoYears = new CycleRule(CycleType.YEAR, 2, 1).windowAt(Instant.parse("2027-06-10T04:00:00Z"), SHANGHAI);
    assertThat(twoYears.start()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
    assertThat(twoYears.end()).isEqualTo(Instant.parse("2027-12-31T16:00:00Z"));
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> new CycleRule(CycleType.DAY, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CycleRule(CycleType.DAY, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CycleRule(null, 1, 1)).isInstanceOf(NullPointerException.class);
  }
}
