package io.haven.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Sends {@code n} requests at the same moment, one thread each, released together once all are
 * ready; what a double-tapping member or a retrying partner does to one row.
 */
public final class Parallel {

  public static final int TIMES = 20;

  private Parallel() {}

  public static List<HttpResponse<String>> send(int n, IntFunction<HttpResponse<String>> request) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch ready = new CountDownLatch(n);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        sent.add(threads.submit(() -> {
          ready.countDown();
          go.await(30, TimeUnit.SECONDS);
          return request.apply(index);
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).as("all senders ready").isTrue();
      go.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> f : sent) {
        answers.add(f.get(120, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }

  /** The same request {@link #TIMES} times at once. */
  public static List<HttpResponse<String>> twenty(IntFunction<HttpResponse<String>> request) throws Exception {
    return send(TIMES, request);
  }

  /** None of the answers is a server error; each status is one of {@code allowed}. */
  public static void assertNoServerError(List<HttpResponse<String>> answers, Integer... allowed) {
    assertThat(answers)
        .allSatisfy(a -> {
          assertThat(a.statusCode()).as(a.request().method() + " " + a.request().uri() + " → " + a.body()).isLessThan(500);
          assertThat(a.statusCode()).as(a.body()).isIn((Object[]) allowed);
        });
  }

  public static long count(List<HttpResponse<String>> answers, int status) {
    return answers.stream().filter(a -> a.statusCode() == status).count();
  }
}
