package io.haven.inventory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * At most {@code count} redemptions per {@link LimitPeriod} (R5), per user id or per device; a
 * count of -1 means unlimited and then has no period. The mall keeps the counters.
 */
@Embeddable
public class PeriodLimit {

  public static final int UNLIMITED = -1;
  public static final int MAX_COUNT = 1_000_000;

  @Column(name = "limit_count", nullable = false)
  private int count;

  @Enumerated(EnumType.STRING)
  @Column(name = "limit_period", length = 16)
  private LimitPeriod period;

  protected PeriodLimit() {}

  private PeriodLimit(int count, LimitPeriod period) {
    this.count = count;
    this.period = period;
  }

  public static PeriodLimit unlimited() {
    return new PeriodLimit(UNLIMITED, null);
  }

  /** {@code count} of -1 is unlimited (the period is then ignored); otherwise 1..MAX per period. */
  public static PeriodLimit of(int count, LimitPeriod period) {
    if (count == UNLIMITED) {
      return unlimited();
    }
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("limit must be -1 or 1.." + MAX_COUNT);
    }
    return new PeriodLimit(count, Objects.requireNonNull(period, "limit period"));
  }

  public boolean isUnlimited() {
    return count == UNLIMITED;
  }

  public int getCount() {
    return count;
  }

  /** Null when unlimited. */
  public LimitPeriod getPeriod() {
    return period;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeriodLimit other && other.count == count && other.period == period;
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, period);
  }

  @Override
  public String toString() {
    return isUnlimited() ? "unlimited" : count + "/" + period;
  }
}
