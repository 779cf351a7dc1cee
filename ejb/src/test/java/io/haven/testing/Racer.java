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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Starts {@code count} attempts at the same moment, each in a request of its own acting as the
 * tenant, and collects what each returned or threw. One thread per attempt, released together
 * once all are waiting at the gate: a pooled executor would run "simultaneous" attempts a few at
 * a time on a small machine, and the race would not happen.
 */
@Dependent
public class Racer {

  @Inject Instance<TenantContext> contexts;
  @Inject RequestContextController requestContext;
  @Resource ManagedThreadFactory threads;

  public List<Object> race(int count, long tenantId, IntFunction<Callable<Object>> attempt) throws Exception {
    CountDownLatch ready = new CountDownLatch(count);
    CountDownLatch start = new CountDownLatch(1);
    List<FutureTask<Object>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Callable<Object> work = attempt.apply(i);
      FutureTask<Object> task =
          new FutureTask<>(
              () -> {
                requestContext.activate();
                try {
                  contexts.get().enterTenant(tenantId, "racer");
                  ready.countDown();
                  start.await(30, TimeUnit.SECONDS);
                  return work.call();
                } catch (RuntimeException e) {
                  return e;
                } finally {
                  requestContext.deactivate();
                }
              });
      futures.add(task);
      threads.newThread(task).start();
    }
    if (!ready.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("not every racer reached the start gate");
    }
    start.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (FutureTask<Object> f : futures) {
      outcomes.add(f.get(120, TimeUnit.SECONDS));
    }
    return outcomes;
  }
}
