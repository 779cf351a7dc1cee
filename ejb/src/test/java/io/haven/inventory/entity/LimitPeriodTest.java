package io.haven.inventory.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LimitPeriodTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** 2026-07-01 00:30 in Shanghai is still June 30 in UTC: periods follow the enterprise's zone. */
  private static final Instant JULY_FIRST_LOCAL = Instant.parse("2026-06-30T16:30:00Z");

  @Test
  void dayRunsMidnightToMidnightInTheZone() {
    LimitWindow day = LimitPeriod.DAY.windowAt(JULY_FIRST_LOCAL, SHANGHAI);
    assertThat(day.start()).isEqualTo(Instant.parse("2026-06-30T16:00:00Z"));
    assertThat(day.end()).isEqualTo(Instant.parse("2026-07-01T16:00:00Z"));
    assertThat(day.contains(JULY_FIRST_LOCAL)).isTrue();
    assertThat(day.contains(day.end())).isFalse();
  }

  @Test
  void weekStartsOnMonday() {
    // 2026-07-01 is a Wednesday; its week starts Monday 2026-06-29.
    LimitWindow week = LimitPeriod.WEEK.windowAt(JULY_FIRST_LOCAL, SHANGHAI);
    assertThat(week.start()).isEqualTo(Instant.parse("2026-06-28T16:00:00Z"));
    assertThat(week.end()).isEqualTo(Instant.parse("2026-07-05T16:00:00Z"));
    // A Monday belongs to its own week.
    Instant monday = Instant.parse("2026-06-28T16:00:00Z");
    assertThat(LimitPeriod.WEEK.startAt(monday, SHANGHAI)).isEqualTo(monday);
  }

  @Test
  void monthHalfYearAndYearFollowTheCalendar() {
    assertThat(LimitPeriod.MONTH.windowAt(JULY_FIRST_LOCAL, SHANGHAI))
        .isEqualTo(new LimitWindow(Instant.parse("2026-06-30T16:00:00Z"), Instant.parse("2026-07-31T16:00:00Z")));
    // July belongs to the second half-year; the last second of June to the first.
    assertThat(LimitPeriod.HALF_YEAR.windowAt(JULY_FIRST_LOCAL, SHANGHAI))
        .isEqualTo(new LimitWindow(Instant.parse("2026-06-30T16:00:00Z"), Instant.parse("2026-12-31T16:00:00Z")));
    assertThat(LimitPeriod.HALF_YEAR.windowAt(Instant.parse("2026-06-30T15:59:59Z"), SHANGHAI))
        .isEqualTo(new LimitWindow(Instant.parse("2025-12-31T16:00:00Z"), Instant.parse("2026-06-30T16:00:00Z")));
    assertThat(LimitPeriod.YEAR.windowAt(JULY_FIRST_LOCAL, SHANGHAI))
        .isEqualTo(new LimitWindow(Instant.parse("2025-12-31T16:00:00Z"), Instant.parse("2026-12-31T16:00:00Z")));
    assertThat(LimitPeriod.YEAR.endAt(JULY_FIRST_LOCAL, ZoneId.of("UTC"))).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
  }
}
