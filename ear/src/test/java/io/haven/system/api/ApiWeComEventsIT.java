package io.haven.system.api;

import static io.haven.system.api.Answers.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.Parallel;
import io.haven.system.SystemDeployment;
import io.haven.system.Server;
import io.haven.system.TaskFixtures;
import io.haven.tasks.boundary.DemoAcquisitionTasks;
import io.haven.tenancy.boundary.DemoEnterprise;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17 through the partner API: WeCom events complete add-friend and join-group tasks once per
 * event (however many keys and parallel deliveries), bad events are clear 4xx problems, another
 * enterprise's configuration id and members are out of reach; a sync naming the inviter completes
 * the inviter's "invite a new member" task once, only for a member it creates.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiWeComEventsIT {

  private static final String EVENTS = "/api/v1/wecom-events";
  private static final String MEMBERS = "/api/v1/members";
  private static final EnterprisePair PAIR = new EnterprisePair("Api WeCom");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  private static HttpResponse<String> post(Fixtures.Enterprise as, String path, String key, String body) {
    return PartnerCall.of("POST", path).as(as.appId(), as.apiSecret()).body(body).header("Idempotency-Key", key).send();
  }

  private static HttpResponse<String> event(Fixtures.Enterprise as, String key, String eventId, String type, String configurationId, String memberId) {
    return post(as, EVENTS, key, event(eventId, type, configurationId, memberId, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
  }

  private static String event(String eventId, String type, String configurationId, String memberId, String occurredAt) {
    return Json.createObjectBuilder()
        .add("eventId", eventId)
        .add("type", type)
        .add("configurationId", configurationId)
        .add("memberId", memberId)
        .add("occurredAt", occurredAt)
        .build()
        .toString();
  }

  private static String key() {
    return "k-" + UUID.randomUUID();
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static void sync(Fixtures.Enterprise as, String body) {
    HttpResponse<String> synced = post(as, MEMBERS, key(), body);
    assertThat(synced.statusCode()).as(synced.body()).isIn(200, 201);
  }

  private static long balance(Fixtures.Enterprise as, String memberId) {
    HttpResponse<String> member = PartnerCall.of("GET", MEMBERS + "/" + memberId).as(as.appId(), as.apiSecret()).send();
    assertThat(member.statusCode()).as(member.body()).isEqualTo(200);
    return json(member).getJsonNumber("pointsBalance").longValue();
  }

  @Test
  void anEventCompletesItsTaskOnceAndARetryWithTheSameKeyReplays() {
    Fixtures.Enterprise a = PAIR.a();
    TaskFixtures.contactTask(a, "ADD_SERVICE_FRIEND", "cfg-friend", 15, 3);
    sync(a, "{\"memberId\":\"E-1\"}");

    String key = key();
    String body = event("ev-1", "SERVICE_FRIEND_ADDED", "cfg-friend", "E-1", Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString());
    HttpResponse<String> credited = post(a, EVENTS, key, body);
    assertThat(credited.statusCode()).as(credited.body()).isEqualTo(201);
    assertThat(json(credited).getInt("points")).isEqualTo(15);
    assertThat(json(credited).getInt("completion")).isEqualTo(1);

    HttpResponse<String> replayed = post(a, EVENTS, key, body);
    assertThat(replayed.statusCode()).isEqualTo(201);
    assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    problem(event(a, key(), "ev-1", "SERVICE_FRIEND_ADDED", "cfg-friend", "E-1"), 409, "task.alreadyCredited");
    assertThat(balance(a, "E-1")).isEqualTo(15);
  }

  /** Twenty deliveries of one event at once, each with its own key: one credit, nineteen "already credited". */
  @Test
  @Tag("mariadb")
  void oneEventDeliveredTwentyTimesAtOnceCreditsOnce() throws Exception {
    Fixtures.Enterprise a = PAIR.a();
    TaskFixtures.contactTask(a, "JOIN_GROUP", "cfg-group-race", 25, 5);
    sync(a, "{\"memberId\":\"E-RACE\"}");

    List<HttpResponse<String>> answers = Parallel.twenty(i -> event(a, key(), "ev-race", "GROUP_JOINED", "cfg-group-race", "E-RACE"));

    Parallel.assertNoServerError(answers, 201, 409);
    assertThat(answers.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
    assertThat(balance(a, "E-RACE")).isEqualTo(25);
  }

  @Test
  void badEventsAreClearProblemsAndCreditNothing() {
    Fixtures.Enterprise a = PAIR.a();
    Fixtures.Enterprise b = PAIR.b();
    TaskFixtures.contactTask(a, "ADD_SERVICE_FRIEND", "cfg-strict", 10, 1);
    TaskFixtures.contactTask(b, "ADD_SERVICE_FRIEND", "cfg-of-b", 10, 1);
    sync(a, "{\"memberId\":\"E-STRICT\"}");

    problem(event(a, key(), "e1", "SERVICE_FRIEND_ADDED", "cfg-unknown", "E-STRICT"), 422, "task.contact.unknownConfiguration");
    problem(event(a, key(), "e2", "SERVICE_FRIEND_ADDED", "cfg-of-b", "E-STRICT"), 422, "task.contact.unknownConfiguration");
    problem(event(a, key(), "e3", "GROUP_JOINED", "cfg-strict", "E-STRICT"), 422, "task.contact.unknownConfiguration");
    problem(event(a, key(), "e4", "SERVICE_FRIEND_ADDED", "cfg-strict", "E-NOBODY"), 404, "notFound");
    problem(post(a, EVENTS, key(), event("e5", "SERVICE_FRIEND_ADDED", "cfg-strict", "E-STRICT", "yesterday")), 400, "task.contact.occurredAt");
    problem(post(a, EVENTS, key(), event("e6", "SERVICE_FRIEND_ADDED", "cfg-strict", "E-STRICT", "2999-01-01T00:00:00Z")), 400,
        "task.contact.occurredAt");
    problem(post(a, EVENTS, key(), event("e7", "MEMBER_LEFT", "cfg-strict", "E-STRICT", "2026-01-01T00:00:00Z")), 400, "invalid-input");
    problem(post(a, EVENTS, key(), event("bad id", "SERVICE_FRIEND_ADDED", "cfg-strict", "E-STRICT", "2026-01-01T00:00:00Z")), 400, "invalid-input");
    problem(post(a, EVENTS, key(), event("e8", "GROUP_JOINED", "cfg-strict", "E-STRICT", "2026-01-01T00:00:00Z").replace("\"e8\"", "8")), 400,
        "malformed-json");
    assertThat(balance(a, "E-STRICT")).isZero();
  }

  /** The demo seed (haven.demo.seed, on in system tests) has one online task of each acquisition template, as the README uses them. */
  @Test
  void theDemoHasOneOnlineTaskOfEachAcquisitionTemplate() throws Exception {
    HttpResponse<String> tasks = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(Server.store(DemoEnterprise.APP_ID) + "/api/tasks")).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(tasks.statusCode()).isEqualTo(200);
    List<String> templates = json(tasks).getJsonArray("tasks").getValuesAs(JsonObject.class).stream().map(t -> t.getString("template")).toList();
    assertThat(templates).containsOnlyOnce("INVITE_MEMBER", "ADD_SERVICE_FRIEND", "JOIN_GROUP");

    Fixtures.Enterprise demo = new Fixtures.Enterprise(0, "Demo Coffee", null, null, 0, DemoEnterprise.APP_ID, "demo-partner-secret-change-me");
    String member = "DEMO-" + UUID.randomUUID().toString().substring(0, 8);
    sync(demo, "{\"memberId\":\"" + member + "\"}");
    HttpResponse<String> joined = event(demo, key(), "demo-ev-" + UUID.randomUUID(), "GROUP_JOINED", DemoAcquisitionTasks.GROUP_CONFIGURATION, member);
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
  }

  @Test
  void aSyncNamingTheInviterCreditsOnceOnlyForANewMember() {
    Fixtures.Enterprise a = PAIR.a();
    TaskFixtures.task(a, "INVITE_MEMBER", "邀请好友", 30, 5, 0);
    sync(a, "{\"memberId\":\"I-INVITER\"}");
    sync(a, "{\"memberId\":\"I-OLD\"}");

    HttpResponse<String> created = post(a, MEMBERS, key(), "{\"memberId\":\"I-NEW\",\"invitedBy\":\"I-INVITER\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    sync(a, "{\"memberId\":\"I-NEW\",\"invitedBy\":\"I-INVITER\"}");
    sync(a, "{\"memberId\":\"I-OLD\",\"invitedBy\":\"I-INVITER\"}");
    assertThat(balance(a, "I-INVITER")).isEqualTo(30);

    problem(post(a, MEMBERS, key(), "{\"memberId\":\"I-SELF\",\"invitedBy\":\"I-SELF\"}"), 400, "member.invitedBy.self");
    problem(post(a, MEMBERS, key(), "{\"memberId\":\"I-LOST\",\"invitedBy\":\"I-NOBODY\"}"), 404, "member.invitedBy.unknown");
    problem(PartnerCall.of("GET", MEMBERS + "/I-LOST").as(a.appId(), a.apiSecret()).send(), 404, "notFound");
  }
}
