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
 * tenant, and collects what each returned or threw.
 *
 * <p>Each attempt gets a thread of its own (not a pooled executor, whose few threads on a small
 * machine would run "simultaneous" attempts a batch at a time), and the gate opens only once every
 * attempt is waiting at it: the attempts really overlap, or the race fails to start.
 */
@Dependent
public class Racer {

  @Inject Instance<TenantContext> contexts;
  @Inject Instance<RequestContextController> requestContexts;
  @Resource ManagedThreadFactory threads;

  public List<Object> race(int count, long tenantId, IntFunction<Callable<Object>> attempt) throws Exception {
    CountDownLatch ready = new CountDownLatch(count);
    CountDownLatch start = new CountDownLatch(1);
    List<FutureTask<Object>> attempts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Callable<Object> work = attempt.apply(i);
      FutureTask<Object> task =
          new FutureTask<>(
              () -> {
                RequestContextController requestContext = requestContexts.get();
                requestContext.activate();
                try {
                  contexts.get().enterTenant(tenantId, "racer");
                  ready.countDown();
                  start.await();
                  return work.call();
                } catch (RuntimeException e) {
                  return e;
                } finally {
                  requestContext.deactivate();
                }
              });
      attempts.add(task);
      threads.newThread(task).start();
    }
    boolean allWaiting = ready.await(60, TimeUnit.SECONDS);
    start.countDown();
    if (!allWaiting) {
      throw new IllegalStateException(ready.getCount() + " of " + count + " attempts never reached the start: no race");
    }
    List<Object> outcomes = new ArrayList<>();
    for (FutureTask<Object> f : attempts) {
      outcomes.add(f.get(120, TimeUnit.SECONDS));
    }
    return outcomes;
  }
}
