package io.haven.system.api;

import static io.haven.system.Parallel.assertNoServerError;
import static io.haven.system.Parallel.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.Parallel;
import io.haven.system.SystemDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
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
 * The parallel-write sweep of the partner API (issue 9): every changing endpoint hit by 20
 * identical requests at once, each with its own Idempotency-Key (a partner's retries) and all with
 * one key (a partner's duplicated sends). None may answer 5xx, and what they wrote must add up.
 * Before the fix, 20 syncs of one member answered 10–17 × 500 and a first sync raced with itself
 * 4 × 500.
 */
// Tagged to run on MariaDB too (the ear's races-mariadb execution): its row locks, gap locks and
// deadlock detection differ from H2's, and a race must not find a 5xx there either.
@Tag("mariadb")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiParallelWritesIT {

  private static final String MEMBERS = "/api/v1/members";
  private static final EnterprisePair PAIR = new EnterprisePair("Api Parallel");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  private static HttpResponse<String> post(String path, String key, String body) {
    Fixtures.Enterprise as = PAIR.a();
    return PartnerCall.of("POST", path).as(as.appId(), as.apiSecret()).body(body).header("Idempotency-Key", key).send();
  }

  private static HttpResponse<String> get(String path) {
    return PartnerCall.of("GET", path).as(PAIR.a().appId(), PAIR.a().apiSecret()).send();
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static String key() {
    return "k-" + UUID.randomUUID();
  }

  private static long balance(String memberId) {
    HttpResponse<String> member = get(MEMBERS + "/" + memberId);
    assertThat(member.statusCode()).as(member.body()).isEqualTo(200);
    return json(member).getJsonNumber("pointsBalance").longValue();
  }

  @Test
  void aFirstSyncRacedWithItselfCreatesTheMemberOnceAndUpdatesOtherwise() throws Exception {
    List<HttpResponse<String>> answers = Parallel.twenty(i -> post(MEMBERS, key(), "{\"memberId\":\"P-NEW\",\"nickname\":\"Racer\"}"));
    assertNoServerError(answers, 200, 201);
    assertThat(count(answers, 201)).as("created once").isEqualTo(1);
    // one member: every answer shows the same creation time. Compared to the second: on MariaDB
    // through Connector/J the stored time comes back without its microseconds (seen: the creating
    // answer said 14:18:36.891947Z, the nineteen others 14:18:36Z), on H2 to the microsecond.
    assertThat(answers.stream().map(a -> Instant.parse(json(a).getString("createdAt")).truncatedTo(ChronoUnit.SECONDS)).distinct())
        .as("one member").hasSize(1);
  }

  @Test
  void syncsOfOneMemberEachWithItsOwnKeyAllSucceed() throws Exception {
    assertThat(post(MEMBERS, key(), "{\"memberId\":\"P-1\"}").statusCode()).isEqualTo(201);
    List<HttpResponse<String>> answers =
        Parallel.twenty(i -> post(MEMBERS, key(), "{\"memberId\":\"P-1\",\"nickname\":\"Nick " + i + "\",\"birthday\":\"1990-01-" + (10 + i) + "\"}"));
    assertNoServerError(answers, 200);
    JsonObject after = json(get(MEMBERS + "/P-1"));
    int i = Integer.parseInt(after.getString("nickname").substring(5));
    assertThat(after.getString("birthday")).as("the last sync stands whole").isEqualTo("1990-01-" + (10 + i));
  }

  @Test
  void oneSyncSentTwentyTimesWithOneKeyRunsOnce() throws Exception {
    String key = key();
    List<HttpResponse<String>> answers = Parallel.twenty(i -> post(MEMBERS, key, "{\"memberId\":\"P-2\"}"));
    // the first runs it; the others find it in flight (409) or replay its answer (201)
    assertNoServerError(answers, 201, 409);
    assertThat(answers.stream().filter(a -> a.statusCode() == 201 && a.headers().firstValue("Idempotent-Replayed").isEmpty()))
        .as("run once")
        .hasSize(1);
  }

  @Test
  void creditsWithOneReferenceCreditOnceAndDebitsNeverOverdraw() throws Exception {
    assertThat(post(MEMBERS, key(), "{\"memberId\":\"P-3\"}").statusCode()).isEqualTo(201);
    String credits = MEMBERS + "/P-3/points/credits";
    List<HttpResponse<String>> credited =
        Parallel.twenty(i -> post(credits, key(), "{\"amount\":100,\"reason\":\"Order\",\"reference\":\"order-7\"}"));
    assertNoServerError(credited, 201, 409);
    assertThat(count(credited, 201)).as("one reference, one credit").isEqualTo(1);
    assertThat(balance("P-3")).isEqualTo(100);

    List<HttpResponse<String>> more = Parallel.twenty(i -> post(credits, key(), "{\"amount\":10,\"reason\":\"Bonus " + i + "\"}"));
    assertNoServerError(more, 201, 409);
    long bonuses = count(more, 201);
    assertThat(balance("P-3")).as("every credit answered 201 is in the balance").isEqualTo(100 + 10 * bonuses);

    List<HttpResponse<String>> debited =
        Parallel.twenty(i -> post(MEMBERS + "/P-3/points/debits", key(), "{\"amount\":30,\"reason\":\"Coffee\"}"));
    assertNoServerError(debited, 201, 409);
    long debits = count(debited, 201);
    assertThat(balance("P-3")).as("never below zero, every debit counted").isEqualTo(100 + 10 * bonuses - 30 * debits).isNotNegative();
  }

  @Test
  void memberTaskCompletionsAtOnceFillTheCycleAndNoMore() throws Exception {
    Fixtures.memberTask(PAIR.a(), "race", 10, "DAY", 3);
    assertThat(post(MEMBERS, key(), "{\"memberId\":\"P-4\"}").statusCode()).isEqualTo(201);
    Instant at = Instant.parse("2026-03-03T03:00:00Z");
    List<HttpResponse<String>> answers =
        Parallel.twenty(i -> post("/api/v1/member-tasks/race/completions", key(),
            "{\"memberId\":\"P-4\",\"occurredAt\":\"" + at.plusSeconds(i) + "\",\"reference\":\"ref-" + UUID.randomUUID() + "\"}"));
    assertNoServerError(answers, 201, 409);
    assertThat(count(answers, 201)).as("three per day").isEqualTo(3);
    assertThat(json(get(MEMBERS + "/P-4")).getJsonNumber("growthValue").longValue()).isEqualTo(30);
  }

  @Test
  void pingsAtOnce() throws Exception {
    List<HttpResponse<String>> answers = Parallel.twenty(i -> post("/api/v1/ping", key(), "{\"message\":\"hello\"}"));
    assertNoServerError(answers, 200);
  }
}
