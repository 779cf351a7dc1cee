package io.haven.bench.driver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N workers each calling as fast as answers come back (a closed loop, like N members hammering one
 * button). The load is warmed by the {@link Protocol} and then measured: the calls that complete
 * inside the measured window are counted, and the machine's {@link Costs} are read at its edges,
 * so rate, latency and cost per operation describe the same seconds.
 */
final class ClosedLoop {

  /** One call by one worker; answers what happened. */
  interface Call {
    Outcome call(int worker, long sequence) throws Exception;
  }

  enum Outcome {
    OK,
    /** A correct refusal (sold out, busy, limit): counted apart, not as throughput. */
    REFUSED,
    FAILED
  }

  private ClosedLoop() {}

  static Measured run(String name, int workers, Protocol protocol, Costs costs, boolean withLocks, Call call) throws Exception {
    AtomicLong completed = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong sequence = new AtomicLong();
    long[] window = {Long.MAX_VALUE, Long.MAX_VALUE}; // measured [start, end), published by the volatile flag
    long[][] latencies = new long[workers][];
    int[] counts = new int[workers];
    Control control = new Control();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      int worker = w;
      latencies[w] = new long[1024];
      Thread thread =
          new Thread(
              () -> {
                while (!control.stop) {
                  long start = System.nanoTime();
                  Outcome outcome;
                  try {
                    outcome = call.call(worker, sequence.incrementAndGet());
                  } catch (Exception e) {
                    outcome = Outcome.FAILED;
                  }
                  long finish = System.nanoTime();
                  if (outcome == Outcome.OK) {
                    completed.incrementAndGet();
                  }
                  if (!control.measuring || finish < window[0] || finish >= window[1]) {
                    continue;
                  }
                  switch (outcome) {
                    case OK -> {
                      if (counts[worker] == latencies[worker].length) {
                        latencies[worker] = Arrays.copyOf(latencies[worker], counts[worker] * 2);
                      }
                      latencies[worker][counts[worker]++] = finish - start;
                    }
                    case REFUSED -> refused.incrementAndGet();
                    case FAILED -> failed.incrementAndGet();
                  }
                }
              },
              name + "-" + w);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    try {
      Protocol.Warmup warmup = warm(protocol, completed::get);
      Costs.Snapshot before = costs.take(withLocks);
      window[0] = System.nanoTime();
      window[1] = window[0] + (long) (protocol.seconds() * 1e9);
      control.measuring = true;
      Thread.sleep((long) (protocol.seconds() * 1000));
      Costs.Snapshot after = costs.take(withLocks);
      control.stop = true;
      for (Thread thread : threads) {
        thread.join();
      }
      int total = 0;
      for (int c : counts) {
        total += c;
      }
      long[] all = new long[total];
      int at = 0;
      for (int w = 0; w < workers; w++) {
        System.arraycopy(latencies[w], 0, all, at, counts[w]);
        at += counts[w];
      }
      return Measured.of(name, workers, refused.get(), failed.get(), protocol.seconds(), all, warmup, costs.perOperation(before, after, total));
    } finally {
      control.stop = true;
    }
  }

  /** Lets the load run in windows until it is warm by the protocol's rule; returns what it saw. */
  static Protocol.Warmup warm(Protocol protocol, java.util.function.LongSupplier completed) throws InterruptedException {
    long started = System.nanoTime();
    double cold = -1;
    double previous = -1;
    double rate = 0;
    while (true) {
      long count = completed.getAsLong();
      long from = System.nanoTime();
      Thread.sleep((long) (protocol.window() * 1000));
      rate = (completed.getAsLong() - count) / ((System.nanoTime() - from) / 1e9);
      if (cold < 0) {
        cold = rate;
      }
      double elapsed = (System.nanoTime() - started) / 1e9;
      boolean stable = previous >= 0 && protocol.stable(previous, rate);
      if (elapsed >= protocol.warmup() && stable) {
        return new Protocol.Warmup(cold, rate, elapsed, true);
      }
      if (elapsed >= protocol.warmupMax()) {
        return new Protocol.Warmup(cold, rate, elapsed, false);
      }
      previous = rate;
    }
  }

  private static final class Control {
    volatile boolean stop;
    volatile boolean measuring;
  }
}
