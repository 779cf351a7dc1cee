package io.haven.inventory.control;

import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * How long stock rows stay locked, since the server started: a hot row's throughput is one commit
 * per lock hold (ARCHITECTURE § Stock, points and locks), so this is the number the redemption
 * benchmark reports next to its rate. {@link StockLedger} starts the clock when it gets a row lock
 * and stops it when the transaction that holds it completes. Adders, not locks: counting must not
 * become the contention it measures.
 */
public final class StockLockTimes {

  private static final LongAdder LOCKS = new LongAdder();
  private static final LongAdder HELD_NANOS = new LongAdder();
  private static final LongAccumulator MAX_HELD_NANOS = new LongAccumulator(Math::max, 0);

  private StockLockTimes() {}

  /** Cumulative figures: locks taken, nanoseconds held in total, the longest hold. */
  public record Snapshot(long locks, long heldNanos, long maxHeldNanos) {}

  public static Snapshot snapshot() {
    return new Snapshot(LOCKS.sum(), HELD_NANOS.sum(), MAX_HELD_NANOS.get());
  }

  static void held(long nanos) {
    LOCKS.increment();
    HELD_NANOS.add(nanos);
    MAX_HELD_NANOS.accumulate(nanos);
  }
}
