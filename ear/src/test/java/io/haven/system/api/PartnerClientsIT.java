package io.haven.system.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.examples.HavenSigner;
import io.haven.partner.client.ApiClient;
import io.haven.partner.client.ApiException;
import io.haven.partner.client.ApiResponse;
import io.haven.partner.client.api.ConnectivityApi;
import io.haven.partner.client.api.MemberTasksApi;
import io.haven.partner.client.api.MembersApi;
import io.haven.partner.client.api.PointsApi;
import io.haven.partner.client.api.WeComEventsApi;
import io.haven.partner.client.model.LedgerEntry;
import io.haven.partner.client.model.LedgerPage;
import io.haven.partner.client.model.Member;
import io.haven.partner.client.model.MemberSync;
import io.haven.partner.client.model.MemberTaskCompleted;
import io.haven.partner.client.model.MemberTaskCompletion;
import io.haven.partner.client.model.Ping;
import io.haven.partner.client.model.PingRequest;
import io.haven.partner.client.model.PointsMoved;
import io.haven.partner.client.model.PointsMovement;
import io.haven.partner.client.model.Problem;
import io.haven.partner.client.model.WeComEvent;
import io.haven.partner.client.model.WeComEventCredited;
import io.haven.system.Fixtures;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import io.haven.system.TaskFixtures;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner API the way partners integrate (issue 11): the served OpenAPI document passes
 * Redocly's recommended rules without a warning, and clients generated from it at build time
 * (openapi-generator: Java, Python, TypeScript for node; ear/pom.xml) sign with the partners'
 * signers in api/examples and call the API. Python and node run as partners run them, as
 * processes: a missing python3 or node fails the test, it is never skipped.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("mariadb")
class PartnerClientsIT {

  private static final System.Logger LOG = System.getLogger(PartnerClientsIT.class.getName());
  private static final String TASK = "partner-visit";
  private static final int TASK_GROWTH = 40;
  private static final String CONTACT = "partner-clients-service";
  private static final int CONTACT_POINTS = 15;
  private static final Path CLIENTS = Path.of(System.getProperty("haven.partner.clients", "target/partner-clients"));
  private static final Path TOOLS = Path.of(System.getProperty("haven.partner.tools", "target/partners"));
  private static final Path EXAMPLES = Path.of(System.getProperty("haven.partner.examples", "../api/examples"));
  private static Fixtures.Enterprise partner;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  private static synchronized Fixtures.Enterprise partner() {
    if (partner == null) {
      partner = Fixtures.openEnterprise("Partner Clients", "HOSTED_LOGIN", null);
      Fixtures.memberTask(partner, TASK, TASK_GROWTH, "DAY", 10);
      TaskFixtures.contactTask(partner, "ADD_SERVICE_FRIEND", CONTACT, CONTACT_POINTS, 1);
    }
    return partner;
  }

  private static String served(String query) {
    HttpResponse<String> response =
        PartnerCall.send(HttpRequest.newBuilder(URI.create(Server.base() + "/api/openapi" + query)).build());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void theServedDocumentLintsCleanWithRedoclysRecommendedRules() throws Exception {
    Path document = Files.createTempFile("haven-openapi", ".yaml");
    try {
      Files.writeString(document, served(""), StandardCharsets.UTF_8);
      String report = run(
          List.of(TOOLS.resolve("node_modules/.bin/redocly").toString(), "lint", "--format=json", "--extends=recommended",
              document.toString()),
          Map.of(), true);
      JsonObject totals = Json.createReader(new StringReader(report.substring(report.indexOf('{')))).readObject()
          .getJsonObject("totals");
      assertThat(totals.getInt("errors")).as(report).isZero();
      assertThat(totals.getInt("warnings")).as(report).isZero();
    } finally {
      Files.deleteIfExists(document);
    }
  }

  /**
   * The clients are generated from the document the api module built, with the context root in
   * front of its paths (ear/src/test/partners/served-document.mjs): exactly what is served.
   */
  @Test
  void theClientsAreGeneratedFromTheServedDocument() throws IOException {
    JsonObject generatedFrom =
        json(Files.readString(CLIENTS.resolveSibling("openapi").resolve("served.json"), StandardCharsets.UTF_8));
    assertThat(json(served("?format=JSON"))).isEqualTo(generatedFrom);
  }

  /**
   * Every pattern of the served document finds the same probes in Java, Python and ECMA-262: the
   * generated clients check them, each in its own language, and must agree with the server.
   */
  @Test
  void everyPatternMeansTheSameInJavaPythonAndJavaScript() throws Exception {
    List<String> patterns = new ArrayList<>();
    collectPatterns(json(served("?format=JSON")), patterns);
    assertThat(patterns).as("member ids, phones, free text, Idempotency-Key").hasSizeGreaterThanOrEqualTo(4);
    List<String> probes = List.of("", "M-10086", "M-10086\n", "abc\ndef", "   ", "\u3000", "小王", "مرحبا", "emoji 🎉",
        "nul\u0000", "bell\u0007", "del\u007f", "lone \ud800", "lone \udc00 low", "\u00a0", "+8613800138000",
        "8613800138000\n", "order-2026-0001-credit", "x".repeat(65), "tab\there");
    JsonArrayBuilder patternsJson = Json.createArrayBuilder(patterns);
    JsonArrayBuilder probesJson = Json.createArrayBuilder(probes);
    // Every non-ASCII character as a \\u escape: a lone surrogate has no UTF-8 bytes to send.
    StringBuilder task = new StringBuilder();
    Json.createObjectBuilder().add("patterns", patternsJson).add("probes", probesJson).build().toString()
        .chars().forEach(c -> task.append(c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));

    List<List<Boolean>> inJava =
        patterns.stream().map(p -> probes.stream().map(s -> Pattern.compile(p).matcher(s).find()).toList()).toList();
    assertThat(matrix(runWithInput(List.of("python3", TOOLS.resolve("python/patterns.py").toString()), task.toString())))
        .as("Python re: %s", patterns).isEqualTo(inJava);
    assertThat(matrix(runWithInput(List.of("node", TOOLS.resolve("node/patterns.mjs").toString()), task.toString())))
        .as("ECMA-262: %s", patterns).isEqualTo(inJava);
    // and they keep out what the server keeps out
    String printable = patterns.stream().filter(p -> p.contains("uD800")).findFirst().orElseThrow();
    assertThat(Pattern.compile(printable).matcher("lone \ud800").find()).isFalse();
    assertThat(Pattern.compile(printable).matcher("emoji 🎉 and مرحبا").find()).isTrue();
  }

  private static void collectPatterns(jakarta.json.JsonValue value, List<String> into) {
    if (value instanceof JsonObject object) {
      object.forEach((key, member) -> {
        if (key.equals("pattern") && member instanceof jakarta.json.JsonString text) {
          if (!into.contains(text.getString())) {
            into.add(text.getString());
          }
        } else {
          collectPatterns(member, into);
        }
      });
    } else if (value instanceof jakarta.json.JsonArray array) {
      array.forEach(member -> collectPatterns(member, into));
    }
  }

  private static List<List<Boolean>> matrix(String json) {
    return Json.createReader(new StringReader(json)).readArray().stream()
        .map(row -> row.asJsonArray().stream().map(b -> b == jakarta.json.JsonValue.TRUE).toList())
        .toList();
  }

  @Test
  void theGeneratedJavaClientSignsAndCallsEveryOperation() throws Exception {
    ApiClient client = new ApiClient();
    client.updateBaseUri(Server.base());
    // As api/README shows partners: the signer from api/examples as the client's request interceptor.
    client.setRequestInterceptor(new HavenSigner(partner().appId(), partner().apiSecret())::sign);
    MembersApi members = new MembersApi(client);
    PointsApi points = new PointsApi(client);
    MemberTasksApi tasks = new MemberTasksApi(client);
    ConnectivityApi connectivity = new ConnectivityApi(client);
    String memberId = "java-" + UUID.randomUUID().toString().substring(0, 8);

    Ping ping = connectivity.ping();
    assertThat(ping.getProduct().getAppId()).isEqualTo(partner().appId());
    assertThat(connectivity.pingWithBody(new PingRequest().message("你好 from Java")).getMessage()).isEqualTo("你好 from Java");

    ApiResponse<Member> created =
        members.syncMemberWithHttpInfo("java-sync-" + memberId, new MemberSync().memberId(memberId).nickname("小王"));
    assertThat(created.getStatusCode()).isEqualTo(201);
    assertThat(created.getHeaders().get("location")).singleElement().asString().endsWith("/api/v1/members/" + memberId);
    ApiResponse<Member> updated = members.syncMemberWithHttpInfo(
        "java-sync2-" + memberId, new MemberSync().memberId(memberId).phone("+8613800138000"));
    assertThat(updated.getStatusCode()).isEqualTo(200);
    assertThat(updated.getData().getNickname()).as("absent fields stay").isEqualTo("小王");

    String creditKey = "java-credit-" + UUID.randomUUID();
    PointsMovement movement = new PointsMovement().amount(300L).reason("Order j-1 paid 🎉").reference("j-order-1");
    PointsMoved credited = points.creditPoints(creditKey, memberId, movement);
    assertThat(credited.getBalance()).isEqualTo(300L);
    ApiResponse<PointsMoved> retried = points.creditPointsWithHttpInfo(creditKey, memberId, movement);
    assertThat(retried.getStatusCode()).isEqualTo(201);
    assertThat(retried.getHeaders().get("idempotent-replayed")).containsExactly("true");
    assertThat(retried.getData().getEntry().getId()).as("the retry is the first answer").isEqualTo(credited.getEntry().getId());

    PointsMoved debited = points.debitPoints("java-debit-" + UUID.randomUUID(), memberId, new PointsMovement().amount(120L).reason("Coffee"));
    assertThat(debited.getEntry().getAmount()).isEqualTo(-120L);
    assertThat(debited.getBalance()).isEqualTo(180L);
    assertThat(debited.getEntry().getSource()).isEqualTo(LedgerEntry.SourceEnum.API);

    Problem insufficient = problem(client, () -> points.debitPoints(
        "java-debit-" + UUID.randomUUID(), memberId, new PointsMovement().amount(1000L).reason("Too much")), 409);
    assertThat(insufficient.getType()).isEqualTo("urn:haven:problem:points.insufficient");
    Problem invalid = problem(client, () -> points.creditPoints(
        "java-credit-" + UUID.randomUUID(), memberId, new PointsMovement().amount(5L).reason("nul\u0000")), 400);
    assertThat(invalid.getErrors()).singleElement().satisfies(e -> assertThat(e.getField()).isEqualTo("reason"));

    LedgerPage ledger = points.pointsLedger(memberId, 0, 10);
    assertThat(ledger.getItems()).extracting(LedgerEntry::getAmount).containsExactly(-120L, 300L);
    assertThat(ledger.getTotal()).isEqualTo(2L);

    String completionKey = "java-task-" + UUID.randomUUID();
    MemberTaskCompletion completion = new MemberTaskCompletion().memberId(memberId).reference("j-order-1");
    MemberTaskCompleted completed = tasks.completeMemberTask(completionKey, TASK, completion);
    assertThat(completed.getGrowth()).isEqualTo(TASK_GROWTH);
    assertThat(tasks.completeMemberTask(completionKey, TASK, completion).getGrowthValue()).isEqualTo(completed.getGrowthValue());

    Member member = members.getMember(memberId);
    assertThat(member.getPointsBalance()).isEqualTo(180L);
    assertThat(member.getGrowthValue()).as("the retried completion added nothing").isEqualTo((long) TASK_GROWTH);
    assertThat(problem(client, () -> members.getMember("java-nobody"), 404).getType()).isEqualTo("urn:haven:problem:notFound");

    WeComEventsApi wecom = new WeComEventsApi(client);
    WeComEvent event = new WeComEvent().eventId("java-evt-" + memberId).type(WeComEvent.TypeEnum.SERVICE_FRIEND_ADDED)
        .configurationId(CONTACT).memberId(memberId).occurredAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    String eventKey = "java-wecom-" + UUID.randomUUID();
    WeComEventCredited friend = wecom.receiveWeComEvent(eventKey, event);
    assertThat(friend.getPoints()).isEqualTo(CONTACT_POINTS);
    ApiResponse<WeComEventCredited> redelivered = wecom.receiveWeComEventWithHttpInfo(eventKey, event);
    assertThat(redelivered.getHeaders().get("idempotent-replayed")).containsExactly("true");
    assertThat(members.getMember(memberId).getPointsBalance()).as("the event credited once").isEqualTo(180L + CONTACT_POINTS);
  }

  @Test
  void theGeneratedPythonClientSignsAndCalls() throws Exception {
    String memberId = "py-" + UUID.randomUUID().toString().substring(0, 8);
    String pythonPath = CLIENTS.resolve("python") + java.io.File.pathSeparator + EXAMPLES.toAbsolutePath();
    JsonObject summary = json(run(List.of("python3", TOOLS.resolve("python/partner_flow.py").toString()),
        flowEnvironment(memberId, Map.of("PYTHONPATH", pythonPath)), false));
    assertFlow(summary, memberId);
  }

  @Test
  void theGeneratedNodeClientSignsAndCalls() throws Exception {
    String memberId = "js-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject summary = json(run(List.of("node", TOOLS.resolve("node/partner-flow.mjs").toString()),
        flowEnvironment(memberId, Map.of(
            "HAVEN_CLIENT", CLIENTS.resolve("typescript/dist/index.js").toString(),
            "HAVEN_SIGNER", EXAMPLES.resolve("haven-signer.mjs").toAbsolutePath().toString())),
        false));
    assertFlow(summary, memberId);
  }

  /** What each script reported, checked once more from outside with the test's own signed calls. */
  private static void assertFlow(JsonObject summary, String memberId) {
    assertThat(summary.getString("memberId")).isEqualTo(memberId);
    assertThat(summary.getJsonNumber("balance").longValue()).isEqualTo(180);
    JsonObject member =
        Answers.ok(PartnerCall.of("GET", "/api/v1/members/" + memberId).as(partner().appId(), partner().apiSecret()).send());
    assertThat(member.getJsonNumber("pointsBalance").longValue()).isEqualTo(180);
    assertThat(member.getJsonNumber("growthValue").longValue()).isEqualTo(TASK_GROWTH);
    assertThat(member.getJsonNumber("growthValue").longValue()).isEqualTo(summary.getJsonNumber("growthValue").longValue());
  }

  private static Map<String, String> flowEnvironment(String memberId, Map<String, String> more) {
    Map<String, String> environment = new java.util.HashMap<>(more);
    environment.put("HAVEN_BASE_URL", Server.base());
    environment.put("HAVEN_APP_ID", partner().appId());
    environment.put("HAVEN_SECRET", partner().apiSecret());
    environment.put("HAVEN_MEMBER_ID", memberId);
    environment.put("HAVEN_TASK_CODE", TASK);
    return environment;
  }

  /**
   * Runs a partner tool and answers its stdout; a tool that cannot start (python3 or node not
   * installed) or exits non-zero fails the test with what it printed.
   */
  private static String run(List<String> command, Map<String, String> environment, boolean anyExit) throws Exception {
    return run(command, environment, anyExit, null);
  }

  private static String runWithInput(List<String> command, String input) throws Exception {
    return run(command, Map.of(), false, input);
  }

  private static String run(List<String> command, Map<String, String> environment, boolean anyExit, String input)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    Path err = Files.createTempFile("partner-tool", ".err");
    builder.redirectError(err.toFile());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new AssertionError(command.get(0) + " is needed by the partner client tests and could not be started", e);
    }
    try (var stdin = process.getOutputStream()) {
      if (input != null) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command + " finishes").isTrue();
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    Files.deleteIfExists(err);
    LOG.log(System.Logger.Level.INFO, "{0} exited {1}: {2}", command, process.exitValue(), errors.strip());
    if (!anyExit) {
      assertThat(process.exitValue()).as(command + "\n" + out + "\n" + errors).isZero();
    }
    return out;
  }

  private interface Call {
    void run() throws ApiException;
  }

  /** A refusal as the generated client's typed Problem. */
  private static Problem problem(ApiClient client, Call call, int status) throws IOException {
    List<ApiException> thrown = new ArrayList<>();
    assertThatThrownBy(() -> {
      try {
        call.run();
      } catch (ApiException e) {
        thrown.add(e);
        throw e;
      }
    }).isInstanceOf(ApiException.class);
    ApiException refused = thrown.get(0);
    assertThat(refused.getCode()).as(refused.getResponseBody()).isEqualTo(status);
    Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    assertThat(problem.getStatus()).isEqualTo(status);
    return problem;
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
