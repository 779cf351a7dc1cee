package io.haven.system.api;

import static io.haven.system.api.Answers.ok;
import static io.haven.system.api.Answers.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import io.haven.tenancy.boundary.DemoEnterprise;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Partner requests are accepted only when signed (V5) by a product's current secret, fresh and
 * never replayed, and then act for exactly that product's enterprise (T6).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSignatureIT {

  private static final String PING = "/api/v1/ping";
  private static final EnterprisePair PAIR = new EnterprisePair("Api Signature");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  private static PartnerCall ping(Fixtures.Enterprise caller) {
    return PartnerCall.of("GET", PING).as(caller.appId(), caller.apiSecret());
  }

  @Test
  void pingAnswersTheSigningEnterpriseAndProductAndNoOther() {
    long before = Instant.now().getEpochSecond();
    JsonObject asA = ok(ping(PAIR.a()).send());
    JsonObject asB = ok(ping(PAIR.b()).send());

    assertThat(asA.getJsonObject("enterprise").getJsonNumber("id").longValue()).isEqualTo(PAIR.a().tenantId());
    assertThat(asA.getJsonObject("enterprise").getString("name")).isEqualTo(PAIR.a().name());
    assertThat(asA.getJsonObject("product").getJsonNumber("id").longValue()).isEqualTo(PAIR.a().productId());
    assertThat(asA.getJsonObject("product").getString("appId")).isEqualTo(PAIR.a().appId());
    assertThat(asA.getJsonObject("product").getString("name")).isNotBlank();
    assertThat(Instant.parse(asA.getString("serverTime")).getEpochSecond()).isBetween(before - 5, before + 60);
    assertThat(asA.toString()).doesNotContain(PAIR.b().name(), PAIR.b().appId());

    assertThat(asB.getJsonObject("enterprise").getJsonNumber("id").longValue()).isEqualTo(PAIR.b().tenantId());
    assertThat(asB.getJsonObject("product").getString("appId")).isEqualTo(PAIR.b().appId());
    assertThat(asB.toString()).doesNotContain(PAIR.a().name(), PAIR.a().appId());
  }

  @Test
  void postPingEchoesTheSignedBody() {
    JsonObject answer =
        ok(PartnerCall.of("POST", PING).as(PAIR.a().appId(), PAIR.a().apiSecret()).body("{\"message\":\"你好, Haven\"}").send());
    assertThat(answer.getString("message")).isEqualTo("你好, Haven");
    assertThat(answer.getJsonObject("enterprise").getJsonNumber("id").longValue()).isEqualTo(PAIR.a().tenantId());
  }

  @Test
  void theExampleScriptSignsAsTheServerChecks() throws Exception {
    Script get = Script.run(PAIR.a().appId(), PAIR.a().apiSecret(), "GET", PING);
    assertThat(get.exitCode).as(get.stderr).isZero();
    assertThat(get.stderr).contains("HTTP 200");
    JsonObject answer = Json.createReader(new StringReader(get.stdout)).readObject();
    assertThat(answer.getJsonObject("enterprise").getString("name")).isEqualTo(PAIR.a().name());

    Script post = Script.run(PAIR.a().appId(), PAIR.a().apiSecret(), "POST", PING + "?source=readme", "{\"message\":\"@not-a-file\"}");
    assertThat(post.stderr).contains("HTTP 200");
    assertThat(Json.createReader(new StringReader(post.stdout)).readObject().getString("message")).isEqualTo("@not-a-file");

    // The README's example: the demo enterprise seeded with the documented secret.
    Script demo = Script.run(DemoEnterprise.APP_ID, "demo-partner-secret-change-me", "GET", PING);
    assertThat(demo.stderr).contains("HTTP 200");
    assertThat(demo.stdout).contains(DemoEnterprise.APP_ID);

    Script wrong = Script.run(PAIR.a().appId(), PAIR.b().apiSecret(), "GET", PING);
    assertThat(wrong.exitCode).isNotZero();
    assertThat(wrong.stderr).contains("HTTP 401");
    assertThat(wrong.stdout).contains("urn:haven:problem:bad-signature");
  }

  @Test
  void anotherProductsSecretAndAnUnknownAppIdGetTheSameAnswer() {
    JsonObject wrongSecret = problem(ping(PAIR.a()).as(PAIR.a().appId(), PAIR.b().apiSecret()).send(), 401, "bad-signature");
    JsonObject unknownApp = problem(ping(PAIR.a()).as("hvnosuchapp0000000", PAIR.a().apiSecret()).send(), 401, "bad-signature");
    JsonObject garbage = problem(ping(PAIR.a()).signature("not-even-hex").send(), 401, "bad-signature");
    assertThat(unknownApp).isEqualTo(wrongSecret);
    assertThat(garbage).isEqualTo(wrongSecret);
    // B's appId signed with A's secret cannot read B either.
    problem(ping(PAIR.b()).as(PAIR.b().appId(), PAIR.a().apiSecret()).send(), 401, "bad-signature");
  }

  @Test
  void staleTimestampsAreRefusedInBothDirections() {
    long now = Instant.now().getEpochSecond();
    JsonObject past = problem(ping(PAIR.a()).timestamp(now - 400).send(), 401, "stale");
    assertThat(past.getString("detail")).contains("X-Haven-Timestamp", "300");
    problem(ping(PAIR.a()).timestamp(now + 400).send(), 401, "stale");
    problem(ping(PAIR.a()).timestamp(0).send(), 401, "stale");
    // inside the window, both ways
    ok(ping(PAIR.a()).timestamp(now - 240).send());
    ok(ping(PAIR.a()).timestamp(now + 240).send());
  }

  @Test
  void eachMissingHeaderIsNamed() {
    for (String header : List.of("X-Haven-AppId", "X-Haven-Timestamp", "X-Haven-Nonce", "X-Haven-Signature")) {
      var response = ping(PAIR.a()).without(header).send();
      JsonObject answer = problem(response, 401, "unsigned");
      assertThat(answer.getString("detail")).contains(header);
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("HavenSignature"));
    }
    JsonObject bare = problem(PartnerCall.send(HttpRequest.newBuilder(URI.create(Server.api() + "/ping")).build()), 401, "unsigned");
    assertThat(bare.getString("detail")).contains("X-Haven-");
  }

  @Test
  void malformedNonceOrTimestampIsRefusedByName() {
    for (String nonce : List.of("short", "has spaces in it", "x".repeat(65), "bad!chars#here")) {
      JsonObject answer = problem(ping(PAIR.a()).nonce(nonce).send(), 401, "malformed-header");
      assertThat(answer.getString("detail")).contains("X-Haven-Nonce");
    }
    JsonObject notANumber =
        problem(
            PartnerCall.send(
                HttpRequest.newBuilder(URI.create(Server.api() + "/ping"))
                    .headers(
                        "X-Haven-AppId", PAIR.a().appId(), "X-Haven-Timestamp", "yesterday", "X-Haven-Nonce", "abcdefgh12",
                        "X-Haven-Signature", "00")
                    .build()),
            401,
            "malformed-header");
    assertThat(notANumber.getString("detail")).contains("X-Haven-Timestamp");
  }

  @Test
  void aReplayedNonceIsRefused() {
    String nonce = "replay_" + UUID.randomUUID().toString().replace("-", "");
    long now = Instant.now().getEpochSecond();
    ok(ping(PAIR.a()).nonce(nonce).timestamp(now).send());
    JsonObject replay = problem(ping(PAIR.a()).nonce(nonce).timestamp(now).send(), 401, "replayed");
    assertThat(replay.getString("detail")).contains("X-Haven-Nonce");
    // a fresh signature does not make an old nonce new
    problem(ping(PAIR.a()).nonce(nonce).send(), 401, "replayed");
    // nonces are per appId: another product may happen to pick the same one
    ok(ping(PAIR.b()).nonce(nonce).send());
  }

  @Test
  void requestsThatFailVerificationDoNotUseUpTheirNonce() {
    String nonce = "unused-" + UUID.randomUUID();
    problem(ping(PAIR.a()).nonce(nonce).as(PAIR.a().appId(), PAIR.b().apiSecret()).send(), 401, "bad-signature");
    problem(ping(PAIR.a()).nonce(nonce).timestamp(Instant.now().getEpochSecond() - 1000).send(), 401, "stale");
    ok(ping(PAIR.a()).nonce(nonce).send());
  }

  @Test
  void anythingChangedAfterSigningIsRefused() {
    PartnerCall post = PartnerCall.of("POST", PING).as(PAIR.a().appId(), PAIR.a().apiSecret()).body("{\"message\":\"pay 1\"}");
    problem(post.sendingInstead("{\"message\":\"pay 100\"}").send(), 401, "bad-signature");
    problem(ping(PAIR.a()).body(new byte[0]).sendingTo(PING + "?x=1").send(), 401, "bad-signature");
    problem(PartnerCall.of("GET", PING + "?page=1").as(PAIR.a().appId(), PAIR.a().apiSecret()).sendingTo(PING + "?page=2").send(), 401, "bad-signature");
    // the query is part of what is signed, and then accepted
    ok(PartnerCall.of("GET", PING + "?page=1&q=caf%C3%A9").as(PAIR.a().appId(), PAIR.a().apiSecret()).send());
  }

  /** The example script sends an Idempotency-Key when given one, and a retry answers the same. */
  @Test
  void theExampleScriptSendsIdempotentPosts() throws Exception {
    String key = "script-" + System.nanoTime();
    String body = "{\"memberId\":\"script-member\",\"nickname\":\"Script\"}";
    Script first = Script.run(java.util.Map.of("IDEMPOTENCY_KEY", key), PAIR.a().appId(), PAIR.a().apiSecret(), "POST", "/api/v1/members", body);
    assertThat(first.stderr()).contains("HTTP 201");
    assertThat(first.exitCode()).isZero();
    Script retry = Script.run(java.util.Map.of("IDEMPOTENCY_KEY", key), PAIR.a().appId(), PAIR.a().apiSecret(), "POST", "/api/v1/members", body);
    assertThat(retry.stderr()).contains("HTTP 201");
    assertThat(retry.stdout()).isEqualTo(first.stdout());
    Script keyless = Script.run(PAIR.a().appId(), PAIR.a().apiSecret(), "POST", "/api/v1/members", body);
    assertThat(keyless.stderr()).contains("HTTP 400");
    assertThat(keyless.stdout()).contains("Idempotency-Key");
    assertThat(keyless.exitCode()).isEqualTo(22);
  }

  /**
   * The README's member-task completion, sent with the example script exactly as documented there,
   * against the seeded demo (which has the member task first-order and the level Silver at 50). The
   * keys are fixed as in the README: run again on the same server, the answers are replays.
   */
  @Test
  void theReadmesCompletionExampleWorksAgainstTheDemo() throws Exception {
    String appId = "hvdemocoffeeapp001";
    String secret = "demo-partner-secret-change-me";
    Script synced = Script.run(java.util.Map.of("IDEMPOTENCY_KEY", "sync-M-10086"), appId, secret, "POST", "/api/v1/members", "{\"memberId\":\"M-10086\",\"nickname\":\"小王\"}");
    assertThat(synced.exitCode()).as(synced.stderr() + synced.stdout()).isZero();
    String completion = "{\"memberId\":\"M-10086\",\"occurredAt\":\"2026-01-01T08:00:00Z\",\"reference\":\"order-2026-0001\"}";
    Script first = Script.run(java.util.Map.of("IDEMPOTENCY_KEY", "order-2026-0001"), appId, secret, "POST", "/api/v1/member-tasks/first-order/completions", completion);
    assertThat(first.stderr()).as(first.stdout()).contains("HTTP 201");
    assertThat(first.stdout()).contains("\"taskCode\":\"first-order\"", "\"growth\":50", "\"growthValue\":50", "\"name\":\"Silver\"");
    Script retry = Script.run(java.util.Map.of("IDEMPOTENCY_KEY", "order-2026-0001"), appId, secret, "POST", "/api/v1/member-tasks/first-order/completions", completion);
    assertThat(retry.stdout()).isEqualTo(first.stdout());
    Script read = Script.run(appId, secret, "GET", "/api/v1/members/M-10086");
    assertThat(read.stdout()).contains("\"growthValue\":50", "\"name\":\"Silver\"");
  }

  /** The partner example script, run as a partner would run it. */
  private record Script(int exitCode, String stdout, String stderr) {

    static Script run(String appId, String secret, String... args) throws IOException, InterruptedException {
      return run(java.util.Map.of(), appId, secret, args);
    }

    static Script run(java.util.Map<String, String> env, String appId, String secret, String... args)
        throws IOException, InterruptedException {
      Path script = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().resolveSibling("api/examples/signed-request.sh");
      assertThat(script).exists();
      List<String> command = new ArrayList<>(List.of("bash", script.toString()));
      command.addAll(List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().put("APP_ID", appId);
      builder.environment().put("SECRET", secret);
      builder.environment().put("BASE_URL", Server.base());
      builder.environment().putAll(env);
      Path out = Files.createTempFile("signed-request", ".out");
      Path err = Files.createTempFile("signed-request", ".err");
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("script finished").isTrue();
      Script result =
          new Script(
              process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      return result;
    }
  }
}
