package io.haven.bench.driver;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one measured window saw: successful calls per second and their latency, how the load was
 * warmed before it, and what the window cost the machine per operation ({@link Costs}).
 */
record Measured(
    String name,
    int concurrency,
    long ok,
    long refused,
    long failed,
    double seconds,
    double p50Millis,
    double p99Millis,
    Protocol.Warmup warmup,
    String costs) {

  double perSecond() {
    return ok / seconds;
  }

  static Measured of(String name, int concurrency, long refused, long failed, double seconds, long[] okNanos, Protocol.Warmup warmup, String costs) {
    long[] sorted = okNanos.clone();
    Arrays.sort(sorted);
    return new Measured(name, concurrency, sorted.length, refused, failed, seconds, percentile(sorted, 0.50), percentile(sorted, 0.99), warmup, costs);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1_000_000.0;
  }

  /** The rate line, then the cost and warm-up lines indented under it. */
  String line() {
    return String.format(
            Locale.ROOT,
            "%s c=%d: %.0f/s ok=%d refused=%d failed=%d p50=%.1fms p99=%.1fms over %.1fs",
            name, concurrency, perSecond(), ok, refused, failed, p50Millis, p99Millis, seconds)
        + "\n  " + costs
        + "\n  " + warmup.line();
  }
}
