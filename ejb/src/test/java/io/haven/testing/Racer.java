package io.haven.testing;

import io.haven.common.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Starts {@code count} attempts at the same moment, each in a request of its own acting as the
 * tenant, and collects what each returned or threw.
 *
 * <p>"At the same moment" is made true, not hoped for: the attempts run on a pool of exactly
 * {@code count} managed threads (the server's default executor has a few threads on two cores and
 * would run "simultaneous" attempts in small batches, one after the other), and wait at a barrier
 * until every one of them is ready: every attempt is running and released together. How many
 * were then in flight at once is kept ({@link #peak}) for tests that need to show it — it is not
 * a pass condition here, since two attempts of sub-millisecond work may finish one before the
 * other is scheduled although both were released together (seen on H2 with two attempts).
 */
@Dependent
public class Racer {

  @Inject Instance<TenantContext> contexts;
  @Inject Instance<RequestContextController> requestContexts;
  @Resource ManagedThreadFactory threads;

  private int peak;

  public List<Object> race(int count, long tenantId, IntFunction<Callable<Object>> attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count, threads);
    CyclicBarrier start = new CyclicBarrier(count);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Callable<Object> work = attempt.apply(i);
        futures.add(
            pool.submit(
                () -> {
                  RequestContextController requestContext = requestContexts.get(); // one per thread
                  requestContext.activate();
                  try {
                    contexts.get().enterTenant(tenantId, "racer");
                    start.await(30, TimeUnit.SECONDS);
                    mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                      return work.call();
                    } finally {
                      inFlight.decrementAndGet();
                    }
                  } catch (RuntimeException e) {
                    return e;
                  } finally {
                    requestContext.deactivate();
                  }
                }));
      }
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> f : futures) {
        outcomes.add(f.get(120, TimeUnit.SECONDS));
      }
      peak = mostAtOnce.get();
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** How many attempts of the last race were in flight at once. */
  public int peak() {
    return peak;
  }
}
