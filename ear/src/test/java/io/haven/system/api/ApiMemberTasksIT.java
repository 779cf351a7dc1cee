package io.haven.system.api;

import static io.haven.system.api.Answers.ok;
import static io.haven.system.api.Answers.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.SystemDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Member-task completions through the partner API (V4, V5): growth value and level, the cycle's
 * allowance, exactly-once under one Idempotency-Key even when 50 copies race, bad bodies named,
 * another enterprise's members out of reach; and concurrent debits that never overdraw.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiMemberTasksIT {

  private static final String MEMBERS = "/api/v1/members";
  private static final EnterprisePair PAIR = new EnterprisePair("Api Member Tasks");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  private static String completions(String taskCode) {
    return "/api/v1/member-tasks/" + taskCode + "/completions";
  }

  private static HttpResponse<String> get(Fixtures.Enterprise as, String path) {
    return PartnerCall.of("GET", path).as(as.appId(), as.apiSecret()).send();
  }

  private static HttpResponse<String> post(Fixtures.Enterprise as, String path, String key, String body) {
    PartnerCall call = PartnerCall.of("POST", path).as(as.appId(), as.apiSecret()).body(body);
    return (key == null ? call : call.header("Idempotency-Key", key)).send();
  }

  private static String newKey() {
    return "k-" + UUID.randomUUID();
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static JsonObject created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response.body());
  }

  private static void sync(Fixtures.Enterprise as, String memberId) {
    created(post(as, MEMBERS, newKey(), "{\"memberId\":\"" + memberId + "\"}"));
  }

  private static String completion(String memberId, Instant at) {
    return "{\"memberId\":\"" + memberId + "\",\"occurredAt\":\"" + at + "\",\"reference\":\"ref-" + UUID.randomUUID() + "\"}";
  }

  @Test
  void completionsAddGrowthUpToTheCycleAllowanceAndAnswerTheLevel() {
    Fixtures.memberTask(PAIR.a(), "visit", 50, "DAY", 3);
    long silver = Fixtures.memberLevel(PAIR.a(), "Silver", 50);
    long gold = Fixtures.memberLevel(PAIR.a(), "Gold", 120);
    sync(PAIR.a(), "M-1");
    assertThat(ok(get(PAIR.a(), MEMBERS + "/M-1")).containsKey("level")).isFalse();
    Instant at = Instant.parse("2026-02-02T02:00:00Z");
    JsonObject first = created(post(PAIR.a(), completions("visit"), newKey(), completion("M-1", at)));
    assertThat(first.getJsonNumber("growthValue").longValue()).isEqualTo(50);
    assertThat(first.getInt("growth")).isEqualTo(50);
    assertThat(first.getJsonObject("level").getJsonNumber("id").longValue()).isEqualTo(silver);
    assertThat(first.getJsonObject("level").getString("name")).isEqualTo("Silver");
    assertThat(first.getJsonObject("cycle").getInt("completion")).isEqualTo(1);
    created(post(PAIR.a(), completions("visit"), newKey(), completion("M-1", at.plusSeconds(1))));
    JsonObject third = created(post(PAIR.a(), completions("visit"), newKey(), completion("M-1", at.plusSeconds(2))));
    assertThat(third.getJsonNumber("growthValue").longValue()).isEqualTo(150);
    assertThat(third.getJsonObject("level").getJsonNumber("id").longValue()).isEqualTo(gold);

    JsonObject full = problem(post(PAIR.a(), completions("visit"), newKey(), completion("M-1", at.plusSeconds(3))), 409, "memberTask.cycleFull");
    assertThat(full.getString("detail")).contains("3 per 1 DAY");
    JsonObject member = ok(get(PAIR.a(), MEMBERS + "/M-1"));
    assertThat(member.getJsonNumber("growthValue").longValue()).isEqualTo(150);
    assertThat(member.getJsonObject("level").getString("name")).isEqualTo("Gold");
    assertThat(member.getJsonNumber("pointsBalance").longValue()).isZero();
    // the next day in the enterprise's time zone (Asia/Shanghai: 16:00 UTC) is a new cycle
    created(post(PAIR.a(), completions("visit"), newKey(), completion("M-1", Instant.parse("2026-02-02T16:00:00Z"))));

    problem(post(PAIR.a(), completions("no-such-task"), newKey(), completion("M-1", at)), 404, "notFound");
    problem(post(PAIR.a(), completions("visit"), newKey(), completion("M-404", at)), 404, "notFound");
  }

  @Test
  void theIdempotencyKeyIsRequiredAndARetryGetsTheFirstAnswerByteForByte() {
    Fixtures.memberTask(PAIR.a(), "idem", 5, "DAY", 10);
    sync(PAIR.a(), "M-2");
    String body = completion("M-2", Instant.parse("2026-03-03T03:00:00Z"));
    JsonObject missing = problem(post(PAIR.a(), completions("idem"), null, body), 400, "invalid-input");
    assertThat(missing.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("Idempotency-Key");

    String key = newKey();
    HttpResponse<String> first = post(PAIR.a(), completions("idem"), key, body);
    created(first);
    HttpResponse<String> retry = post(PAIR.a(), completions("idem"), key, body);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
    problem(post(PAIR.a(), completions("idem"), key, completion("M-2", Instant.parse("2026-03-03T03:00:00Z"))), 422, "request.keyReused");
    problem(post(PAIR.a(), completions("other"), key, body), 422, "request.keyReused");
    assertThat(ok(get(PAIR.a(), MEMBERS + "/M-2")).getJsonNumber("growthValue").longValue()).isEqualTo(5);
  }

  /**
   * 50 partner threads send one completion at once under one Idempotency-Key: one growth credit,
   * and every answer is that completion (replayed) or "still in flight".
   */
  @Test
  @Tag("mariadb")
  void fiftyParallelCopiesUnderOneKeyCompleteOnce() throws Exception {
    Fixtures.memberTask(PAIR.a(), "parallel", 9, "DAY", 100);
    sync(PAIR.a(), "M-3");
    String key = newKey();
    String body = completion("M-3", Instant.parse("2026-04-04T04:00:00Z"));
    List<HttpResponse<String>> answers = race(50, () -> post(PAIR.a(), completions("parallel"), key, body));
    List<String> completed = new ArrayList<>();
    for (HttpResponse<String> response : answers) {
      if (response.statusCode() == 201) {
        completed.add(response.body());
      } else {
        problem(response, 409, "request.inFlight");
      }
    }
    assertThat(completed).isNotEmpty().allMatch(c -> c.equals(completed.get(0)));
    assertThat(ok(get(PAIR.a(), MEMBERS + "/M-3")).getJsonNumber("growthValue").longValue()).isEqualTo(9);
  }

  @Test
  void anotherEnterprisesMembersAndTasksAreNotFound() {
    Fixtures.memberTask(PAIR.a(), "mine", 5, "DAY", 5);
    sync(PAIR.a(), "M-4");
    sync(PAIR.b(), "M-4b");
    Instant at = Instant.parse("2026-01-05T05:00:00Z");
    problem(post(PAIR.b(), completions("mine"), newKey(), completion("M-4", at)), 404, "notFound");
    problem(post(PAIR.b(), completions("mine"), newKey(), completion("M-4b", at)), 404, "notFound");
    problem(post(PAIR.a(), completions("mine"), newKey(), completion("M-4b", at)), 404, "notFound");
    assertThat(ok(get(PAIR.a(), MEMBERS + "/M-4")).getJsonNumber("growthValue").longValue()).isZero();
  }

  /** 30 debits of 7 race for a balance of 100 over HTTP: 14 pass, the balance ends at 2 = Σ ledger. */
  @Test
  @Tag("mariadb")
  void concurrentDebitsNeverOverdraw() throws Exception {
    sync(PAIR.a(), "M-5");
    String points = MEMBERS + "/M-5/points/";
    created(post(PAIR.a(), points + "credits", newKey(), "{\"amount\":100,\"reason\":\"Float\"}"));
    List<HttpResponse<String>> answers = race(30, () -> post(PAIR.a(), points + "debits", newKey(), "{\"amount\":7,\"reason\":\"Race\"}"));
    long debited = answers.stream().filter(a -> a.statusCode() == 201).count();
    long insufficient = 0;
    for (HttpResponse<String> a : answers) {
      if (a.statusCode() != 201) {
        assertThat(a.statusCode()).as(a.body()).isEqualTo(409);
        JsonObject refused = json(a.body());
        assertThat(refused.getString("type")).as(a.body()).isIn("urn:haven:problem:points.insufficient", "urn:haven:problem:points.busy");
        if (refused.getString("type").endsWith("points.insufficient")) {
          insufficient++;
        }
      }
    }
    // the path the test is named for ran: the balance did run out under the race, and debits
    // were refused for it (not only as busy time-outs, nor every one of them)
    assertThat(insufficient).as("refused for the balance").isPositive();
    // a refusal for the balance means fewer than 7 points were left, so all 14 affordable debits passed
    assertThat(debited).isEqualTo(14);
    long balance = ok(get(PAIR.a(), MEMBERS + "/M-5")).getJsonNumber("pointsBalance").longValue();
    assertThat(balance).isEqualTo(100 - 7 * debited).isEqualTo(2);
    JsonObject ledger = ok(get(PAIR.a(), points + "ledger?size=100"));
    long sum = ledger.getJsonArray("items").stream().map(JsonValue::asJsonObject).mapToLong(e -> e.getJsonNumber("amount").longValue()).sum();
    assertThat(sum).isEqualTo(balance);
    assertThat(ledger.getJsonNumber("total").longValue()).isEqualTo(1 + debited);
  }

  @Test
  void fuzzedCompletionBodiesAreRefusedNamingTheField() {
    Fixtures.memberTask(PAIR.a(), "fuzz", 5, "DAY", 1000);
    sync(PAIR.a(), "M-6");
    String huge = "x".repeat(1_000_000);
    Map<String, List<String>> bodies = Map.of(
        "memberId", List.of("{}", "{\"memberId\":null}", "{\"memberId\":\"\"}", "{\"memberId\":\"has space\"}",
            "{\"memberId\":\"" + huge + "\"}", "{\"memberId\":{\"id\":1}}", "{\"memberId\":\"M\\u00006\"}",
            "{\"memberId\":\"M-6\\ud800\"}", "{\"memberId\":\"\u202EM-6\"}", "{\"memberId\":\"M-6😀\"}"),
        "occurredAt", List.of("{\"memberId\":\"M-6\",\"occurredAt\":\"yesterday\"}", "{\"memberId\":\"M-6\",\"occurredAt\":\"" + huge + "\"}",
            "{\"memberId\":\"M-6\",\"occurredAt\":\"2026-13-45T00:00:00Z\"}", "{\"memberId\":\"M-6\",\"occurredAt\":\"2999-01-01T00:00:00Z\"}",
            "{\"memberId\":\"M-6\",\"occurredAt\":\"1969-01-01T00:00:00Z\"}", "{\"memberId\":\"M-6\",\"occurredAt\":1.5e300}",
            "{\"memberId\":\"M-6\",\"occurredAt\":{}}", "{\"memberId\":\"M-6\",\"occurredAt\":\"+999999999-12-31T23:59:59Z\"}",
            "{\"memberId\":\"M-6\",\"occurredAt\":\"2026-01-01T00:00:00\\u0000Z\"}"),
        "reference", List.of("{\"memberId\":\"M-6\",\"reference\":\"" + "r".repeat(65) + "\"}",
            "{\"memberId\":\"M-6\",\"reference\":\"nul\\u0000\"}", "{\"memberId\":\"M-6\",\"reference\":\"half \\udc00\"}",
            "{\"memberId\":\"M-6\",\"reference\":\"" + huge + "\"}"));
    bodies.forEach((field, list) -> list.forEach(body -> assertNamed(post(PAIR.a(), completions("fuzz"), newKey(), body), field, body)));
    for (String notAnObject : List.of("[1,2]", "\"text\"", "{\"memberId\":", "null", "1e999999",
        "{\"memberId\":[\"M-6\"]}", "{\"memberId\":\"M-6\",\"reference\":[1]}")) {
      HttpResponse<String> response = post(PAIR.a(), completions("fuzz"), newKey(), notAnObject);
      assertThat(response.statusCode()).as(notAnObject + " -> " + response.body()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    assertThat(ok(get(PAIR.a(), MEMBERS + "/M-6")).getJsonNumber("growthValue").longValue()).isZero();
    // text that is text is welcome in the reference: right-to-left, emoji
    JsonObject rtl = created(post(PAIR.a(), completions("fuzz"), newKey(), "{\"memberId\":\"M-6\",\"reference\":\"\u202Eשלום 🎁\"}"));
    assertThat(rtl.getString("reference")).isEqualTo("\u202Eשלום 🎁");
  }

  private static List<HttpResponse<String>> race(int count, Callable<HttpResponse<String>> call) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        futures.add(threads.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return call.call();
        }));
      }
      start.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> f : futures) {
        answers.add(f.get(120, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }

  private static void assertNamed(HttpResponse<String> response, String field, String body) {
    String shown = body.length() > 200 ? body.substring(0, 200) + "..." : body;
    assertThat(response.statusCode()).as(shown + " -> " + response.body()).isEqualTo(400);
    JsonObject problem = json(response.body());
    boolean inErrors =
        problem.containsKey("errors")
            && problem.getJsonArray("errors").stream().anyMatch(e -> e.asJsonObject().getString("field").equals(field));
    assertThat(inErrors || problem.getString("detail").contains("'" + field + "'"))
        .as(shown + " names " + field + ": " + response.body())
        .isTrue();
    assertThat(response.body()).doesNotContainIgnoringCase("exception");
  }
}
