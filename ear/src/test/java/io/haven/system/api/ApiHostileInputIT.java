package io.haven.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.NaughtyStrings;
import io.haven.system.NaughtyStrings.Naughty;
import io.haven.system.RawHttp;
import io.haven.system.SystemDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner API as a hostile client meets it (issue 9): naughty strings through every string
 * field of every POST and through path segments, edge numbers, wrong JSON types, duplicate keys,
 * trailing data, invalid UTF-8, deep nesting, oversized bodies and request targets java.net.URI
 * refuses. Every answer is below 500 and a problem of the documented type, and a refused request
 * writes nothing: the member's points and name are what the accepted requests made them.
 */
// Tagged to run on MariaDB too (the ear's races-mariadb execution): its collations, column
// limits and 4-byte characters differ from H2's, and a naughty string must not find a 5xx there.
@Tag("mariadb")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiHostileInputIT {

  private static final String MEMBERS = "/api/v1/members";
  private static final EnterprisePair PAIR = new EnterprisePair("Api Hostile");
  /** Strings per class of the list and field: every class reaches every field, within minutes. */
  private static final int PER_KIND = 2;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  private static HttpResponse<String> post(String path, String body) {
    return post(path, body.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String path, byte[] body) {
    return PartnerCall.of("POST", path).as(PAIR.a().appId(), PAIR.a().apiSecret()).body(body)
        .header("Idempotency-Key", "k-" + UUID.randomUUID()).send();
  }

  private static HttpResponse<String> get(String path) {
    return PartnerCall.of("GET", path).as(PAIR.a().appId(), PAIR.a().apiSecret()).send();
  }

  private static JsonObject member(String memberId) {
    return Answers.ok(get(MEMBERS + "/" + memberId));
  }

  private static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Below 500, and a refusal is a problem+json of one of Haven's types. */
  private static void clean(HttpResponse<String> response, Object sent) {
    assertThat(response.statusCode()).as(sent + " -> " + response.body()).isLessThan(500);
    if (response.statusCode() >= 400) {
      assertThat(response.headers().firstValue("Content-Type")).as(sent + " -> " + response.body())
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
      assertThat(problem.getString("type")).as(sent + " -> " + response.body()).startsWith("urn:haven:problem:");
      assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("\tat ");
    }
  }

  private static JsonObject body(String field, String value, Map<String, Object> others) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    others.forEach((k, v) -> {
      if (v instanceof Integer i) {
        body.add(k, i);
      } else {
        body.add(k, v.toString());
      }
    });
    return body.add(field, value).build();
  }

  @Test
  void naughtyStringsThroughEveryStringFieldOfEveryPostAndEveryPathSegment() {
    String memberId = "H-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created = post(MEMBERS, "{\"memberId\":\"" + memberId + "\",\"nickname\":\"start\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String taskCode = "hostile-" + UUID.randomUUID().toString().substring(0, 6);
    Fixtures.memberTask(PAIR.a(), taskCode, 1, "DAY", 10000);
    String credits = MEMBERS + "/" + memberId + "/points/credits";
    String debits = MEMBERS + "/" + memberId + "/points/debits";

    // field name -> (path, the other fields of a valid body)
    Map<String, Function<String, HttpResponse<String>>> fields = new LinkedHashMap<>();
    String nickname = "start";
    List<String> acceptedNicknames = new ArrayList<>();
    fields.put("sync.memberId", v -> post(MEMBERS, body("memberId", v, Map.of()).toString()));
    fields.put("sync.nickname", v -> {
      HttpResponse<String> r = post(MEMBERS, body("nickname", v, Map.of("memberId", memberId)).toString());
      if (r.statusCode() < 300) {
        acceptedNicknames.add(v.strip());
      }
      return r;
    });
    fields.put("sync.phone", v -> post(MEMBERS, body("phone", v, Map.of("memberId", memberId)).toString()));
    fields.put("sync.birthday", v -> post(MEMBERS, body("birthday", v, Map.of("memberId", memberId)).toString()));
    int[] movements = new int[2]; // credits, debits that answered 201
    fields.put("credit.reason", v -> count(post(credits, body("reason", v, Map.of("amount", 1)).toString()), movements, 0));
    fields.put("credit.reference", v -> count(post(credits, body("reference", v, Map.of("amount", 1, "reason", "r")).toString()), movements, 0));
    fields.put("debit.reason", v -> count(post(debits, body("reason", v, Map.of("amount", 1)).toString()), movements, 1));
    fields.put("debit.reference", v -> count(post(debits, body("reference", v, Map.of("amount", 1, "reason", "r")).toString()), movements, 1));
    String completions = "/api/v1/member-tasks/" + taskCode + "/completions";
    fields.put("completion.memberId", v -> post(completions, body("memberId", v, Map.of()).toString()));
    fields.put("completion.occurredAt", v -> post(completions, body("occurredAt", v, Map.of("memberId", memberId)).toString()));
    fields.put("completion.reference", v -> post(completions, body("reference", v, Map.of("memberId", memberId)).toString()));
    fields.put("ping.message", v -> post("/api/v1/ping", body("message", v, Map.of()).toString()));
    fields.put("path.memberId", v -> get(MEMBERS + "/" + segment(v)));
    fields.put("path.memberId.ledger", v -> get(MEMBERS + "/" + segment(v) + "/points/ledger"));
    fields.put("path.memberId.credit", v -> post(MEMBERS + "/" + segment(v) + "/points/credits", "{\"amount\":1,\"reason\":\"r\"}"));
    fields.put("path.taskCode", v -> post("/api/v1/member-tasks/" + segment(v) + "/completions", "{\"memberId\":\"" + memberId + "\"}"));

    int seed = 0;
    int sent = 0;
    for (Map.Entry<String, Function<String, HttpResponse<String>>> field : fields.entrySet()) {
      for (Naughty naughty : NaughtyStrings.sample(PER_KIND, seed++)) {
        clean(field.getValue().apply(naughty.value()), field.getKey() + " <- " + naughty);
        sent++;
      }
    }
    assertThat(sent).isGreaterThan(fields.size() * NaughtyStrings.byKind().size());

    // what was refused wrote nothing: the name is the last one accepted, the balance what the
    // accepted credits and debits made it (debits beyond the balance are refused, not negative)
    JsonObject after = member(memberId);
    String expectedName = acceptedNicknames.isEmpty() ? nickname : acceptedNicknames.get(acceptedNicknames.size() - 1);
    assertThat(after.getString("nickname")).isEqualTo(expectedName);
    assertThat(after.getJsonNumber("pointsBalance").longValue()).isEqualTo(movements[0] - movements[1]);
    assertThat(movements[0]).as("ordinary text is accepted, not refused wholesale").isPositive();
  }

  private static HttpResponse<String> count(HttpResponse<String> response, int[] movements, int which) {
    if (response.statusCode() == 201) {
      movements[which]++;
    }
    return response;
  }

  @Test
  void numbersAreWholeTokensOfBoundedLengthAndCostNoTime() {
    String memberId = synced();
    String credits = MEMBERS + "/" + memberId + "/points/credits";
    for (String amount : List.of("0", "-0", "-1", "1.5", "1.0e0", "100000001", "1e999999999", "1e-999999999",
        "9".repeat(40), "9".repeat(41), "0.0000000000000000000000000000000000001", "-9223372036854775809", "18446744073709551621")) {
      HttpResponse<String> response = post(credits, "{\"amount\":" + amount + ",\"reason\":\"edge\"}");
      assertThat(response.statusCode()).as(amount + " -> " + response.body()).isEqualTo(400);
      clean(response, amount);
      assertThat(field(response)).as(amount + " -> " + response.body()).isEqualTo("amount");
    }
    String million = "9".repeat(1_000_000);
    long start = System.nanoTime();
    HttpResponse<String> huge = post(credits, "{\"amount\":" + million + ",\"reason\":\"edge\"}");
    long millis = (System.nanoTime() - start) / 1_000_000;
    Answers.problem(huge, 400, "invalid-input");
    assertThat(millis).as("a million-digit amount is refused before it is converted").isLessThan(2_000);
    assertThat(member(memberId).getJsonNumber("pointsBalance").longValue()).isZero();
    assertThat(post(credits, "{\"amount\":100000000,\"reason\":\"edge\"}").statusCode()).isEqualTo(201);
  }

  @Test
  void wrongJsonTypesAreMalformedNamingTheFieldNotCoerced() {
    String memberId = synced();
    String credits = MEMBERS + "/" + memberId + "/points/credits";
    for (String amount : List.of("\"１２３\"", "\"١٢٣\"", "\"01000\"", "\"1E+02\"", "\"5\"", "true", "[5]", "{\"v\":5}")) {
      JsonObject problem = Answers.problem(post(credits, "{\"amount\":" + amount + ",\"reason\":\"typed\"}"), 400, "malformed-json");
      assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("amount");
    }
    for (String reason : List.of("1", "true", "{}", "[\"r\"]")) {
      JsonObject problem = Answers.problem(post(credits, "{\"amount\":1,\"reason\":" + reason + "}"), 400, "malformed-json");
      assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
    }
    JsonObject nick = Answers.problem(post(MEMBERS, "{\"memberId\":\"" + memberId + "\",\"nickname\":1}"), 400, "malformed-json");
    assertThat(nick.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("nickname");
    Answers.problem(post(MEMBERS, "{\"memberId\":\"" + memberId + "\",\"nickname\":true}"), 400, "malformed-json");
    Answers.problem(post(MEMBERS, "{\"memberId\":12345}"), 400, "malformed-json");
    assertThat(member(memberId).getJsonNumber("pointsBalance").longValue()).isZero();
    assertThat(member(memberId).getString("nickname")).isEqualTo(memberId);
  }

  @Test
  void duplicateKeysTrailingDataAndSecondDocumentsAreMalformed() {
    String memberId = synced();
    String credits = MEMBERS + "/" + memberId + "/points/credits";
    for (String body : List.of(
        "{\"amount\":1,\"amount\":100000000,\"reason\":\"dup\"}",
        "{\"amount\":1,\"reason\":\"dup\",\"reason\":\"again\"}",
        "{\"amount\":1,\"reason\":\"trailing\"} garbage",
        "{\"amount\":1,\"reason\":\"second\"}{\"amount\":100000000,\"reason\":\"second\"}",
        "{\"amount\":1,\"reason\":\"array\"}]",
        "{\"amount\":1,\"reason\":\"deep\",\"extra\":" + "[".repeat(33) + "]".repeat(33) + "}",
        "[".repeat(100_000))) {
      Answers.problem(post(credits, body), 400, "malformed-json");
    }
    assertThat(member(memberId).getJsonNumber("pointsBalance").longValue()).isZero();
    // 32 levels are still JSON the API reads (the bound is not off by one the other way): the
    // parser takes it, and only then is "extra" refused as a key the credit has no property for
    String nested = "{\"amount\":1,\"reason\":\"deep\",\"extra\":" + "[".repeat(31) + "]".repeat(31) + "}";
    JsonObject unknown = Answers.problem(post(credits, nested), 400, "invalid-input");
    assertThat(unknown.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("extra");
    assertThat(member(memberId).getJsonNumber("pointsBalance").longValue()).isZero();
  }

  /**
   * A financial API does not guess: a key the request has no property for (a misspelt
   * "refrence", a field the partner believes Haven honours) is refused with 400 invalid-input
   * naming it, before anything runs, instead of being dropped (a credit whose reference was
   * dropped is no longer once per reference). Nothing is written and the Idempotency-Key is not
   * used up: the corrected request with the same key runs. Before, each of these answered 201/200.
   */
  @Test
  void aKeyTheRequestDoesNotHaveIsRefusedNamingItAndWritesNothing() {
    String memberId = synced();
    String taskCode = "strict-" + UUID.randomUUID().toString().substring(0, 6);
    Fixtures.memberTask(PAIR.a(), taskCode, 5, "DAY", 3);
    String newMember = "U-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put(MEMBERS, "{\"memberId\":\"" + newMember + "\",\"nickname\":\"n\",\"email\":\"a@b.c\"}");
    refused.put(MEMBERS + "/" + memberId + "/points/credits", "{\"amount\":100,\"reason\":\"Order\",\"refrence\":\"order-1\"}");
    refused.put(MEMBERS + "/" + memberId + "/points/debits", "{\"amount\":1,\"reason\":\"Coffee\",\"memberId\":\"someone-else\"}");
    refused.put("/api/v1/member-tasks/" + taskCode + "/completions", "{\"memberId\":\"" + memberId + "\",\"growth\":1000000}");
    refused.put("/api/v1/ping", "{\"message\":\"hello\",\"debug\":true}");
    Map<String, String> unknownKey = Map.of(MEMBERS, "email", MEMBERS + "/" + memberId + "/points/credits", "refrence",
        MEMBERS + "/" + memberId + "/points/debits", "memberId", "/api/v1/member-tasks/" + taskCode + "/completions", "growth",
        "/api/v1/ping", "debug");
    for (Map.Entry<String, String> call : refused.entrySet()) {
      String key = "k-" + UUID.randomUUID();
      HttpResponse<String> answer = PartnerCall.of("POST", call.getKey()).as(PAIR.a().appId(), PAIR.a().apiSecret()).body(call.getValue())
          .header("Idempotency-Key", key).send();
      JsonObject problem = Answers.problem(answer, 400, "invalid-input");
      assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).as(call.getKey()).isEqualTo(unknownKey.get(call.getKey()));
      assertThat(problem.getString("detail")).as(call.getKey()).contains(unknownKey.get(call.getKey()));
    }
    Answers.problem(get(MEMBERS + "/" + newMember), 404, "notFound");
    JsonObject after = member(memberId);
    assertThat(after.getJsonNumber("pointsBalance").longValue()).as("no credit, no debit").isZero();
    assertThat(after.getJsonNumber("growthValue").longValue()).as("no completion").isZero();
    // nested objects too: a member's "level" is not the sync's to set
    JsonObject nested = Answers.problem(post(MEMBERS, "{\"memberId\":\"" + memberId + "\",\"level\":{\"id\":3}}"), 400, "invalid-input");
    assertThat(nested.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("level");

    // the refused request did not use up its key: the corrected one with the same key runs once
    String key = "k-" + UUID.randomUUID();
    String credits = MEMBERS + "/" + memberId + "/points/credits";
    HttpResponse<String> wrong = PartnerCall.of("POST", credits).as(PAIR.a().appId(), PAIR.a().apiSecret())
        .body("{\"amount\":100,\"reason\":\"Order\",\"refrence\":\"order-1\"}").header("Idempotency-Key", key).send();
    Answers.problem(wrong, 400, "invalid-input");
    HttpResponse<String> right = PartnerCall.of("POST", credits).as(PAIR.a().appId(), PAIR.a().apiSecret())
        .body("{\"amount\":100,\"reason\":\"Order\",\"reference\":\"order-1\"}").header("Idempotency-Key", key).send();
    assertThat(right.statusCode()).as(right.body()).isEqualTo(201);
    assertThat(member(memberId).getJsonNumber("pointsBalance").longValue()).isEqualTo(100);
  }

  @Test
  void invalidUtf8IsRefusedInsteadOfStoredAsReplacementCharacters() {
    String memberId = synced();
    byte[] head = ("{\"memberId\":\"" + memberId + "\",\"nickname\":\"bad").getBytes(StandardCharsets.UTF_8);
    for (byte[] broken : List.of(new byte[] {(byte) 0xC3, 'x'}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xC0, (byte) 0xAF})) {
      byte[] body = new byte[head.length + broken.length + 2];
      System.arraycopy(head, 0, body, 0, head.length);
      System.arraycopy(broken, 0, body, head.length, broken.length);
      body[body.length - 2] = '"';
      body[body.length - 1] = '}';
      Answers.problem(post(MEMBERS, body), 400, "malformed-json");
    }
    assertThat(member(memberId).getString("nickname")).isEqualTo(memberId).doesNotContain("\uFFFD");
  }

  /**
   * The partner's sync follows the one rule for person-entered names ({@code PersonName}), with the
   * very answer the storefront gives its sign-up and profile (StorefrontHostileInputIT): 400
   * {@code member.nickname.invalid} naming the field — for a member it changes and for one it
   * would create, which then does not exist.
   */
  @Test
  void namesOfControlOrOnlyInvisibleCharactersAreRefused() {
    String memberId = synced();
    for (String name : List.of("a\u0000b", "bell\u0007", "back\bspace", "esc\u001b", "\ufeff", "\uffff", "\u200b\u3164", "\u3000\u2800")) {
      JsonObject changed =
          Answers.problem(post(MEMBERS, Json.createObjectBuilder().add("memberId", memberId).add("nickname", name).build().toString()), 400,
              "member.nickname.invalid");
      assertThat(changed.getJsonArray("errors").getJsonObject(0).getString("field")).as(name).isEqualTo("nickname");
      String newcomer = "N-" + UUID.randomUUID().toString().substring(0, 8);
      JsonObject created =
          Answers.problem(post(MEMBERS, Json.createObjectBuilder().add("memberId", newcomer).add("nickname", name).build().toString()), 400,
              "member.nickname.invalid");
      assertThat(created.getJsonArray("errors").getJsonObject(0).getString("field")).as(name).isEqualTo("nickname");
      assertThat(get(MEMBERS + "/" + newcomer).statusCode()).as("no member was created for " + name).isEqualTo(404);
    }
    assertThat(member(memberId).getString("nickname")).isEqualTo(memberId);
  }

  @Test
  void aBodyOverOneMebibyteIsRefusedAsTooLarge() {
    String memberId = synced();
    String prefix = "{\"amount\":1,\"reason\":\"";
    String suffix = "\"}";
    String filler = "x".repeat(1024 * 1024 + 1 - prefix.length() - suffix.length());
    String body = prefix + filler + suffix;
    assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(1024 * 1024 + 1);
    Answers.problem(post(MEMBERS + "/" + memberId + "/points/credits", body), 413, "payload-too-large");
    assertThat(member(memberId).getJsonNumber("pointsBalance").longValue()).isZero();
  }

  @Test
  void requestTargetsTheUriParserRefusesAre400ProblemsNotIncidents() {
    String memberId = synced();
    long logMark = io.haven.system.ServerLog.mark();
    for (String target : List.of("/api/v1/members/x[y", "/api/v1/members/" + memberId + "]", "/api/v1/members/[x]/points/credits",
        "/api/v1/members/" + memberId + "/points/credits[")) {
      // unsigned, signed GET (no resource matches), and signed POST through the idempotency filter
      RawHttp.Answer unsigned = RawHttp.send("GET", target, Map.of("Accept", "application/json"), new byte[0]);
      assertProblemAnswer(unsigned, target);
      PartnerCall signedGet = PartnerCall.of("GET", target).as(PAIR.a().appId(), PAIR.a().apiSecret());
      assertProblemAnswer(RawHttp.send("GET", target, signedGet.headers(), new byte[0]), target);
      byte[] credit = "{\"amount\":1,\"reason\":\"raw\"}".getBytes(StandardCharsets.UTF_8);
      PartnerCall signedPost = PartnerCall.of("POST", target).as(PAIR.a().appId(), PAIR.a().apiSecret()).body(credit)
          .header("Idempotency-Key", "k-" + UUID.randomUUID());
      Map<String, String> headers = new LinkedHashMap<>(signedPost.headers());
      headers.put("Content-Type", "application/json");
      assertProblemAnswer(RawHttp.send("POST", target, headers, credit), target);
    }
    assertThat(member(memberId).getJsonNumber("pointsBalance").longValue()).isZero();
    // a client's mistake, logged at most at DEBUG: nothing in the server's log names it
    assertThat(io.haven.system.ServerLog.since(logMark)).as("not an incident").doesNotContain("x[y", "URISyntaxException", "Illegal character");
  }

  private static void assertProblemAnswer(RawHttp.Answer answer, String target) {
    assertThat(answer.status()).as(target + " -> " + answer.body()).isBetween(400, 404);
    assertThat(answer.contentType()).as(target).startsWith("application/problem+json");
    assertThat(answer.body()).contains("urn:haven:problem:").doesNotContainIgnoringCase("exception");
  }

  @Test
  void encodedDotSegmentsDoNotReachOtherModules() {
    for (String target : List.of("/api/%2e%2e/admin/login.xhtml", "/api/%2E%2E/admin/login.xhtml", "/api/.%2e/admin/login.xhtml",
        "/api/v1/%2e%2e/%2e%2e/admin/login.xhtml")) {
      HttpResponse<String> response = PartnerCall.send(HttpRequest.newBuilder(java.net.URI.create(io.haven.system.Server.base() + target)).GET().build());
      assertThat(response.statusCode()).as(target + " -> " + response.body()).isIn(400, 404);
      assertThat(response.body()).as(target).doesNotContain("j_username").doesNotContain("javax.faces").doesNotContain("jakarta.faces")
          .doesNotContainIgnoringCase("<form");
    }
    // the console itself is still where it belongs
    HttpResponse<String> console = PartnerCall.send(HttpRequest.newBuilder(java.net.URI.create(io.haven.system.Server.admin() + "/login.xhtml")).GET().build());
    assertThat(console.statusCode()).isEqualTo(200);
    assertThat(console.body()).containsIgnoringCase("<form");
  }

  private static String synced() {
    String memberId = "H-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created = post(MEMBERS, "{\"memberId\":\"" + memberId + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return memberId;
  }

  private static String field(HttpResponse<String> response) {
    JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
    return problem.containsKey("errors") ? problem.getJsonArray("errors").getJsonObject(0).getString("field") : null;
  }
}
