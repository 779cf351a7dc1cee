package io.haven.bench.driver;

import java.util.Locale;

/**
 * How long a load runs before and while it is measured. A fresh JVM redeems at a fifth of its warm
 * rate and its JIT compiler takes a third of the machine in the first minutes, while a raw JDBC loop
 * pays no such cost: so every load, numerator and denominator alike, first runs at least
 * {@code warmup} seconds in windows and keeps warming until two consecutive windows agree within
 * {@link #STABLE} (or {@code warmupMax} is reached), and only then is measured for {@code seconds}.
 */
record Protocol(double warmup, double warmupMax, double seconds) {

  /** Two consecutive windows whose rates differ by less than this are called stable. */
  static final double STABLE = 0.05;

  /** Long enough to smooth a GC pause, short enough to see the JIT settle. */
  double window() {
    return Math.max(2, Math.min(10, warmup / 4));
  }

  /** Whether warming can stop after a window at {@code rate} following one at {@code previous}. */
  boolean stable(double previous, double rate) {
    double larger = Math.max(previous, rate);
    return larger > 0 && Math.abs(rate - previous) / larger < STABLE;
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "warm-up >= %.0fs in %.0fs windows until two agree within %.0f%% (at most %.0fs), then %.0fs measured",
        warmup, window(), STABLE * 100, warmupMax, seconds);
  }

  /** What one warm-up did: the first (coldest) window's rate, the last one's, and how long it took. */
  record Warmup(double coldPerSecond, double lastPerSecond, double seconds, boolean stable) {
    String line() {
      return String.format(
          Locale.ROOT, "warm-up %.0fs%s: first window %.0f/s, last %.0f/s", seconds, stable ? "" : " (not stable, stopped at the maximum)", coldPerSecond, lastPerSecond);
    }
  }
}
