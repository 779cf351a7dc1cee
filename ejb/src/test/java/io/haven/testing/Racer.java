package io.haven.testing;

import io.haven.common.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code count} attempts at once, each on its own managed thread with its own request
 * context acting as the tenant, released together by a latch; answers each attempt's result or
 * the runtime exception it threw, in order.
 */
@Dependent
public class Racer {

  @Inject Instance<TenantContext> contexts;
  @Inject RequestContextController requestContext;
  @Resource ManagedExecutorService executor;

  public interface Attempt {
    Callable<Object> of(int i);
  }

  public List<Object> race(int count, long tenantId, Attempt attempt) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Callable<Object> work = attempt.of(i);
      futures.add(
          executor.submit(
              () -> {
                requestContext.activate();
                try {
                  contexts.get().enterTenant(tenantId, "racer");
                  start.await(10, TimeUnit.SECONDS);
                  return work.call();
                } catch (RuntimeException e) {
                  return e;
                } finally {
                  requestContext.deactivate();
                }
              }));
    }
    start.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> f : futures) {
      outcomes.add(f.get(120, TimeUnit.SECONDS));
    }
    return outcomes;
  }
}
