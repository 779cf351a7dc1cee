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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Members and points through the partner API (V1, V2, V5): sync by the enterprise's member id,
 * credits, debits and the ledger, every POST exactly once per Idempotency-Key, bad input named,
 * and another enterprise's members out of reach.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiMembersPointsIT {

  private static final String MEMBERS = "/api/v1/members";
  private static final EnterprisePair PAIR = new EnterprisePair("Api Members");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
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

  private static JsonObject created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return json(response.body());
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static String points(String memberId, String what) {
    return MEMBERS + "/" + memberId + "/points/" + what;
  }

  private static void sync(Fixtures.Enterprise as, String memberId) {
    created(post(as, MEMBERS, newKey(), "{\"memberId\":\"" + memberId + "\"}"));
  }

  @Test
  void aMemberIsCreatedThenUpdatedByTheEnterprisesMemberId() {
    HttpResponse<String> first =
        post(PAIR.a(), MEMBERS, newKey(), "{\"memberId\":\"M-1\",\"nickname\":\"小王 🎉\",\"phone\":\"13800138001\",\"birthday\":\"1990-05-20\"}");
    JsonObject member = created(first);
    assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/members/M-1"));
    assertThat(member.getString("memberId")).isEqualTo("M-1");
    assertThat(member.getString("nickname")).isEqualTo("小王 🎉");
    assertThat(member.getString("birthday")).isEqualTo("1990-05-20");
    assertThat(member.getJsonNumber("pointsBalance").longValue()).isZero();
    assertThat(member.getString("createdAt")).isNotBlank();
    assertThat(member.keySet()).containsExactlyInAnyOrder("memberId", "nickname", "birthday", "pointsBalance", "growthValue", "createdAt");

    JsonObject updated = ok(post(PAIR.a(), MEMBERS, newKey(), "{\"memberId\":\"M-1\",\"nickname\":\"مرحبا Wang\"}"));
    assertThat(updated.getString("nickname")).isEqualTo("مرحبا Wang");
    assertThat(updated.getString("birthday")).as("absent fields stay").isEqualTo("1990-05-20");
    assertThat(updated.getString("createdAt")).isEqualTo(member.getString("createdAt"));

    JsonObject read = ok(get(PAIR.a(), MEMBERS + "/M-1"));
    assertThat(read).isEqualTo(updated);
    problem(get(PAIR.a(), MEMBERS + "/M-404"), 404, "notFound");
    // a phone another member has is refused, naming the field
    JsonObject taken = problem(post(PAIR.a(), MEMBERS, newKey(), "{\"memberId\":\"M-1b\",\"phone\":\"13800138001\"}"), 409, "member.phone.taken");
    assertThat(taken.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("phone");
  }

  @Test
  void creditsAndDebitsMovePointsAndTheLedgerPagesNewestFirst() {
    sync(PAIR.a(), "M-2");
    JsonObject credit = created(post(PAIR.a(), points("M-2", "credits"), newKey(), "{\"amount\":100,\"reason\":\"Order 1 paid\",\"reference\":\"order-1\"}"));
    assertThat(credit.getString("memberId")).isEqualTo("M-2");
    assertThat(credit.getJsonNumber("balance").longValue()).isEqualTo(100);
    assertThat(credit.getJsonObject("entry").getJsonNumber("amount").longValue()).isEqualTo(100);
    assertThat(credit.getJsonObject("entry").getString("source")).isEqualTo("API");
    assertThat(credit.getJsonObject("entry").getString("reference")).isEqualTo("order-1");
    JsonObject debit = created(post(PAIR.a(), points("M-2", "debits"), newKey(), "{\"amount\":30,\"reason\":\"Coffee\"}"));
    assertThat(debit.getJsonObject("entry").getJsonNumber("amount").longValue()).isEqualTo(-30);
    assertThat(debit.getJsonNumber("balance").longValue()).isEqualTo(70);
    created(post(PAIR.a(), points("M-2", "credits"), newKey(), "{\"amount\":5,\"reason\":\"Sign-in\"}"));

    JsonObject insufficient = problem(post(PAIR.a(), points("M-2", "debits"), newKey(), "{\"amount\":76,\"reason\":\"Too much\"}"), 409, "points.insufficient");
    assertThat(insufficient.getString("detail")).contains("balance 75");
    // the same reference moves points once
    problem(post(PAIR.a(), points("M-2", "credits"), newKey(), "{\"amount\":100,\"reason\":\"Again\",\"reference\":\"order-1\"}"), 409, "points.duplicate");
    assertThat(ok(get(PAIR.a(), MEMBERS + "/M-2")).getJsonNumber("pointsBalance").longValue()).isEqualTo(75);

    JsonObject first = ok(get(PAIR.a(), points("M-2", "ledger") + "?page=0&size=2"));
    assertThat(first.getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(amounts(first)).containsExactly(5L, -30L);
    JsonObject second = ok(get(PAIR.a(), points("M-2", "ledger") + "?page=1&size=2"));
    assertThat(amounts(second)).containsExactly(100L);
    assertThat(second.getJsonArray("items").getJsonObject(0).getJsonNumber("balanceAfter").longValue()).isEqualTo(100);
    assertThat(amounts(ok(get(PAIR.a(), points("M-2", "ledger"))))).containsExactly(5L, -30L, 100L);
    assertThat(field(problem(get(PAIR.a(), points("M-2", "ledger") + "?size=101"), 400, "api.paging.invalid"))).isEqualTo("size");
    assertThat(field(problem(get(PAIR.a(), points("M-2", "ledger") + "?size=0"), 400, "api.paging.invalid"))).isEqualTo("size");
    assertThat(field(problem(get(PAIR.a(), points("M-2", "ledger") + "?page=-1"), 400, "api.paging.invalid"))).isEqualTo("page");
    assertThat(field(problem(get(PAIR.a(), points("M-2", "ledger") + "?page=abc"), 400, "api.paging.invalid"))).isEqualTo("page");
    problem(get(PAIR.a(), points("M-404", "ledger")), 404, "notFound");
    problem(post(PAIR.a(), points("M-404", "credits"), newKey(), "{\"amount\":5,\"reason\":\"Nobody\"}"), 404, "notFound");
  }

  @Test
  void everyPostTakesAnIdempotencyKeyAndARetryGetsTheFirstAnswer() {
    sync(PAIR.a(), "M-3");
    String credit = points("M-3", "credits");
    String body = "{\"amount\":40,\"reason\":\"Order 3 paid\"}";
    for (String path : List.of(MEMBERS, credit, points("M-3", "debits"))) {
      JsonObject missing = problem(post(PAIR.a(), path, null, body), 400, "invalid-input");
      assertThat(field(missing)).isEqualTo("Idempotency-Key");
    }
    for (String bad : List.of("has space", "ü-umlaut", "x".repeat(65), "semi;colon")) {
      assertThat(field(problem(post(PAIR.a(), credit, bad, body), 400, "invalid-input"))).isEqualTo("Idempotency-Key");
    }

    String key = newKey();
    HttpResponse<String> first = post(PAIR.a(), credit, key, body);
    created(first);
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    HttpResponse<String> retry = post(PAIR.a(), credit, key, body); // signed again: a new nonce
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(ok(get(PAIR.a(), MEMBERS + "/M-3")).getJsonNumber("pointsBalance").longValue()).isEqualTo(40);

    problem(post(PAIR.a(), credit, key, "{\"amount\":41,\"reason\":\"Order 3 paid\"}"), 422, "request.keyReused");
    problem(post(PAIR.a(), points("M-3", "debits"), key, body), 422, "request.keyReused");

    // a refusal is the answer too: the retry is refused the same way even after the rule would pass
    String refusedKey = newKey();
    String tooMuch = "{\"amount\":100,\"reason\":\"Too much\"}";
    HttpResponse<String> refused = post(PAIR.a(), points("M-3", "debits"), refusedKey, tooMuch);
    problem(refused, 409, "points.insufficient");
    created(post(PAIR.a(), credit, newKey(), "{\"amount\":500,\"reason\":\"Top up\"}"));
    HttpResponse<String> refusedAgain = post(PAIR.a(), points("M-3", "debits"), refusedKey, tooMuch);
    assertThat(refusedAgain.statusCode()).isEqualTo(409);
    assertThat(refusedAgain.body()).isEqualTo(refused.body());
    assertThat(refusedAgain.headers().firstValue("Idempotent-Replayed")).contains("true");

    // keys belong to one enterprise: b's request under a's key is b's own
    sync(PAIR.b(), "M-3");
    created(post(PAIR.b(), credit, key, body));
  }

  @Test
  void anotherEnterprisesMembersAreNotFound() {
    sync(PAIR.a(), "M-4");
    created(post(PAIR.a(), points("M-4", "credits"), newKey(), "{\"amount\":50,\"reason\":\"Gift\"}"));
    problem(get(PAIR.b(), MEMBERS + "/M-4"), 404, "notFound");
    problem(get(PAIR.b(), points("M-4", "ledger")), 404, "notFound");
    problem(post(PAIR.b(), points("M-4", "debits"), newKey(), "{\"amount\":50,\"reason\":\"Steal\"}"), 404, "notFound");
    problem(post(PAIR.b(), points("M-4", "credits"), newKey(), "{\"amount\":50,\"reason\":\"Inflate\"}"), 404, "notFound");
    // b's own M-4 is another member
    JsonObject own = created(post(PAIR.b(), MEMBERS, newKey(), "{\"memberId\":\"M-4\"}"));
    assertThat(own.getJsonNumber("pointsBalance").longValue()).isZero();
    assertThat(ok(get(PAIR.a(), MEMBERS + "/M-4")).getJsonNumber("pointsBalance").longValue()).isEqualTo(50);
  }

  @Test
  void badBodiesAreRefusedNamingTheField() {
    sync(PAIR.a(), "M-5");
    String huge = "x".repeat(1_000_000);
    String credit = points("M-5", "credits");
    Map<String, List<String>> memberBodies = Map.of(
        "memberId", List.of("{}", "{\"memberId\":null}", "{\"memberId\":\"\"}", "{\"memberId\":\"has space\"}",
            "{\"memberId\":\"" + "m".repeat(65) + "\"}", "{\"memberId\":{\"id\":1}}",
            "{\"memberId\":\"M\\u00005\"}"),
        "nickname", List.of("{\"memberId\":\"M-5\",\"nickname\":\"" + huge + "\"}", "{\"memberId\":\"M-5\",\"nickname\":\"a\\u0000b\"}",
            "{\"memberId\":\"M-5\",\"nickname\":\"\"}", "{\"memberId\":\"M-5\",\"nickname\":\"broken \\ud800 half\"}",
            "{\"memberId\":\"M-5\",\"nickname\":{\"a\":1}}", "{\"memberId\":\"M-5\",\"nickname\":\"" + "😀".repeat(26) + "\"}"),
        "phone", List.of("{\"memberId\":\"M-5\",\"phone\":\"call me\"}", "{\"memberId\":\"M-5\",\"phone\":\"" + huge + "\"}"),
        "birthday", List.of("{\"memberId\":\"M-5\",\"birthday\":\"1990-13-45\"}", "{\"memberId\":\"M-5\",\"birthday\":\"2999-01-01\"}",
            "{\"memberId\":\"M-5\",\"birthday\":19900520}"));
    memberBodies.forEach((field, bodies) -> bodies.forEach(body -> assertNamed(post(PAIR.a(), MEMBERS, newKey(), body), field, body)));

    Map<String, List<String>> movementBodies = Map.of(
        "amount", List.of("{\"reason\":\"r\"}", "{\"amount\":0,\"reason\":\"r\"}", "{\"amount\":-5,\"reason\":\"r\"}",
            "{\"amount\":100000001,\"reason\":\"r\"}", "{\"amount\":\"many\",\"reason\":\"r\"}", "{\"amount\":1.5,\"reason\":\"r\"}",
            "{\"amount\":1e30,\"reason\":\"r\"}", "{\"amount\":99999999999999999999999,\"reason\":\"r\"}",
            "{\"amount\":true,\"reason\":\"r\"}", "{\"amount\":1.0000001,\"reason\":\"r\"}", "{\"amount\":18446744073709551621,\"reason\":\"r\"}"),
        "reason", List.of("{\"amount\":5}", "{\"amount\":5,\"reason\":\"  \"}", "{\"amount\":5,\"reason\":\"" + huge + "\"}",
            "{\"amount\":5,\"reason\":\"nul\\u0000\"}", "{\"amount\":5,\"reason\":{}}"),
        "reference", List.of("{\"amount\":5,\"reason\":\"r\",\"reference\":\"" + "r".repeat(65) + "\"}",
            "{\"amount\":5,\"reason\":\"r\",\"reference\":\"a\\u0001b\"}"));
    movementBodies.forEach((field, bodies) -> bodies.forEach(body -> assertNamed(post(PAIR.a(), credit, newKey(), body), field, body)));

    // an array where a value belongs is refused, though the reader cannot tell which field it was
    for (String notAnObject : List.of("[1,2]", "\"text\"", "{\"amount\":5,", "null", "{\"amount\":[1],\"reason\":\"r\"}")) {
      HttpResponse<String> response = post(PAIR.a(), credit, newKey(), notAnObject);
      assertThat(response.statusCode()).as(notAnObject + " -> " + response.body()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    // nothing of it moved points; unicode that is text is welcome
    assertThat(ok(get(PAIR.a(), MEMBERS + "/M-5")).getJsonNumber("pointsBalance").longValue()).isZero();
    JsonObject rtl = created(post(PAIR.a(), credit, newKey(), "{\"amount\":1,\"reason\":\"\u202Eשלום 🎁 مرحبا\"}"));
    assertThat(rtl.getJsonObject("entry").getString("reason")).isEqualTo("\u202Eשלום 🎁 مرحبا");
  }

  /**
   * 20 partner threads send the same credit at once, each signed with its own nonce, all under one
   * Idempotency-Key: one credit, and every answer is either that credit or "still in flight".
   */
  @Test
  @Tag("mariadb")
  void concurrentRetriesOverHttpCreditOnce() throws Exception {
    sync(PAIR.a(), "M-6");
    String key = newKey();
    String body = "{\"amount\":10,\"reason\":\"Concurrent\"}";
    ExecutorService threads = Executors.newFixedThreadPool(20);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        answers.add(threads.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return post(PAIR.a(), points("M-6", "credits"), key, body);
        }));
      }
      start.countDown();
      List<String> credited = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
        if (response.statusCode() == 201) {
          credited.add(response.body());
        } else {
          problem(response, 409, "request.inFlight");
        }
      }
      assertThat(credited).isNotEmpty().allMatch(c -> c.equals(credited.get(0)));
    } finally {
      threads.shutdownNow();
    }
    assertThat(ok(get(PAIR.a(), MEMBERS + "/M-6")).getJsonNumber("pointsBalance").longValue()).isEqualTo(10);
    assertThat(ok(get(PAIR.a(), points("M-6", "ledger"))).getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(post(PAIR.a(), points("M-6", "credits"), key, body).headers().firstValue("Idempotent-Replayed")).contains("true");
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

  private static String field(JsonObject problem) {
    return problem.getJsonArray("errors").getJsonObject(0).getString("field");
  }

  private static List<Long> amounts(JsonObject page) {
    return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(e -> e.getJsonNumber("amount").longValue()).toList();
  }
}
