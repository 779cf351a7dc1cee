package io.haven.inventory.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The period of a per-user or per-device redemption limit (R5). Periods are calendar periods in
 * the enterprise's time zone: a day runs midnight to midnight, a week starts on Monday, half-years
 * are January–June and July–December.
 */
public enum LimitPeriod {
  DAY,
  WEEK,
  MONTH,
  HALF_YEAR,
  YEAR;

  /** The period that {@code at} falls in, seen from {@code zone}. */
  public LimitWindow windowAt(Instant at, ZoneId zone) {
    LocalDate day = at.atZone(zone).toLocalDate();
    LocalDate start =
        switch (this) {
          case DAY -> day;
          case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          case MONTH -> day.withDayOfMonth(1);
          case HALF_YEAR -> LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
          case YEAR -> LocalDate.of(day.getYear(), 1, 1);
        };
    LocalDate end =
        switch (this) {
          case DAY -> start.plusDays(1);
          case WEEK -> start.plusWeeks(1);
          case MONTH -> start.plusMonths(1);
          case HALF_YEAR -> start.plusMonths(6);
          case YEAR -> start.plusYears(1);
        };
    return new LimitWindow(start.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
  }

  public Instant startAt(Instant at, ZoneId zone) {
    return windowAt(at, zone).start();
  }

  public Instant endAt(Instant at, ZoneId zone) {
    return windowAt(at, zone).end();
  }
}
