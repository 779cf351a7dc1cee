package io.haven.bench.driver;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N workers each calling as fast as answers come back (a closed loop, like N members hammering one
 * button), first for a warm-up whose calls are not counted, then for the measured window.
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

  static Measured run(String name, int workers, double warmupSeconds, double seconds, Call call) throws InterruptedException {
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    long end = warmupEnd + (long) (seconds * 1e9);
    long[][] latencies = new long[workers][];
    int[] counts = new int[workers];
    AtomicLong refused = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong sequence = new AtomicLong();
    CountDownLatch done = new CountDownLatch(workers);
    for (int w = 0; w < workers; w++) {
      int worker = w;
      latencies[w] = new long[4096];
      Thread thread =
          new Thread(
              () -> {
                try {
                  while (true) {
                    long start = System.nanoTime();
                    if (start >= end) {
                      return;
                    }
                    Outcome outcome;
                    try {
                      outcome = call.call(worker, sequence.incrementAndGet());
                    } catch (Exception e) {
                      outcome = Outcome.FAILED;
                    }
                    long finish = System.nanoTime();
                    if (start < warmupEnd || finish > end) {
                      continue;
                    }
                    switch (outcome) {
                      case OK -> {
                        if (counts[worker] == latencies[worker].length) {
                          latencies[worker] = java.util.Arrays.copyOf(latencies[worker], counts[worker] * 2);
                        }
                        latencies[worker][counts[worker]++] = finish - start;
                      }
                      case REFUSED -> refused.incrementAndGet();
                      case FAILED -> failed.incrementAndGet();
                    }
                  }
                } finally {
                  done.countDown();
                }
              },
              name + "-" + w);
      thread.setDaemon(true);
      thread.start();
    }
    done.await();
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
    return Measured.of(name, workers, refused.get(), failed.get(), seconds, all);
  }
}
