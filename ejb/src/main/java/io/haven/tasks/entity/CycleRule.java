package io.haven.tasks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How often a task may be completed (K2, V4): a cycle of {@code count} hours, days or years, and at
 * most {@code perCycle} completions in each. Cycles are calendar-aligned in the enterprise's time
 * zone and counted from the epoch, so "1 DAY" runs midnight to midnight local time and "2 DAY"
 * pairs days the same way for every member.
 */
@Embeddable
public class CycleRule {

  public static final int MAX_COUNT = 1000;
  public static final int MAX_PER_CYCLE = 10_000;

  @Enumerated(EnumType.STRING)
  @Column(name = "cycle_type", nullable = false, length = 8)
  private CycleType type;

  @Column(name = "cycle_count", nullable = false)
  private int count;

  @Column(name = "per_cycle", nullable = false)
  private int perCycle;

  protected CycleRule() {}

  public CycleRule(CycleType type, int count, int perCycle) {
    this.type = Objects.requireNonNull(type, "cycle type");
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("cycle count must be 1.." + MAX_COUNT);
    }
    if (perCycle < 1 || perCycle > MAX_PER_CYCLE) {
      throw new IllegalArgumentException("completions per cycle must be 1.." + MAX_PER_CYCLE);
    }
    this.count = count;
    this.perCycle = perCycle;
  }

  /** The cycle that {@code at} falls in, seen from {@code zone}. */
  public CycleWindow windowAt(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    return switch (type) {
      case HOUR -> {
        long hours = ChronoUnit.HOURS.between(LocalDateTime.of(1970, 1, 1, 0, 0), local.toLocalDateTime());
        long index = Math.floorDiv(hours, count);
        LocalDateTime start = LocalDateTime.of(1970, 1, 1, 0, 0).plusHours(index * count);
        yield new CycleWindow(index, start.atZone(zone).toInstant(), start.plusHours(count).atZone(zone).toInstant());
      }
      case DAY -> {
        long index = Math.floorDiv(local.toLocalDate().toEpochDay(), count);
        LocalDate start = LocalDate.ofEpochDay(index * count);
        yield new CycleWindow(index, start.atStartOfDay(zone).toInstant(), start.plusDays(count).atStartOfDay(zone).toInstant());
      }
      case YEAR -> {
        long index = Math.floorDiv(local.getYear() - 1970L, count);
        LocalDate start = LocalDate.of((int) (1970 + index * count), 1, 1);
        yield new CycleWindow(index, start.atStartOfDay(zone).toInstant(), start.plusYears(count).atStartOfDay(zone).toInstant());
      }
    };
  }

  public CycleType getType() {
    return type;
  }

  public int getCount() {
    return count;
  }

  public int getPerCycle() {
    return perCycle;
  }
}
