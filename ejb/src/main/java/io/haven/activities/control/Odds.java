package io.haven.activities.control;

import io.haven.common.InvalidInput;
import java.util.List;
import java.util.OptionalLong;

/**
 * The exact odds of an activity (A2): each prize has an integer weight in parts per million and
 * the no-prize outcome has what is left of 1,000,000. A drawn number n in [0, 1,000,000) wins the
 * prize whose cumulative range holds it — prize i owns [w1+…+w(i−1), w1+…+wi) — so a weight of w
 * wins exactly w numbers out of a million: no floating point, no table of rounded slots, and a
 * weight of 1 is one number. Weights are checked here, before anything is written.
 */
public final class Odds {

  public static final int MILLION = FairDraw.RANGE;

  /** A prize's id and its weight, in the order its range is laid out. */
  public record Weight(long prizeId, int ppm) {}

  private final List<Weight> weights;
  private final int noPrizePpm;

  private Odds(List<Weight> weights, int noPrizePpm) {
    this.weights = weights;
    this.noPrizePpm = noPrizePpm;
  }

  /** Refuses negative weights and weights that sum above a million (InvalidInput). */
  public static Odds of(List<Weight> weights) {
    long sum = 0;
    for (Weight w : weights) {
      if (w.ppm() < 0) {
        throw new InvalidInput("weightPpm", "activity.prize.weight.negative", "A prize's weight cannot be negative");
      }
      sum += w.ppm();
    }
    if (sum > MILLION) {
      throw new InvalidInput("weightPpm", "activity.prize.weight.sum", "Prize weights add up to " + sum + " ppm, more than 1,000,000 (100 %)");
    }
    return new Odds(List.copyOf(weights), (int) (MILLION - sum));
  }

  /** The prize the number wins, or empty for the no-prize outcome. */
  public OptionalLong prizeFor(int number) {
    if (number < 0 || number >= MILLION) {
      throw new IllegalArgumentException("a drawn number is in [0, " + MILLION + ")");
    }
    long upTo = 0;
    for (Weight w : weights) {
      upTo += w.ppm();
      if (number < upTo) {
        return OptionalLong.of(w.prizeId());
      }
    }
    return OptionalLong.empty();
  }

  public int noPrizePpm() {
    return noPrizePpm;
  }

  /** A weight as the percentage members and operators read, exact: ppm / 10,000 with four decimals. */
  public static String percent(int ppm) {
    return new java.math.BigDecimal(ppm).movePointLeft(4).stripTrailingZeros().toPlainString() + " %";
  }
}
