package io.haven.system.storefront;

import static io.haven.system.storefront.StorefrontProblems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.SystemDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An activity over HTTP, as a play page's script will call it: the rules with the odds as
 * percentages and the fairness commitment (never the seed before the end), a play for the signed-in
 * member (201 + Location), free plays before points, refusals as problems, and another tenant's
 * activity id not found.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontActivitiesIT {

  private static final String PASSWORD = "Secret-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void aMemberReadsTheRulesAndPlaysFreeFirstThenWithPoints() {
    MallShop shop = MallShop.open("Lottery");
    long sub = shop.goods("COUPON", "奶茶券", 5, 100).getJsonNumber("subInventoryId").longValue();
    long activity = shop.activity(sub, 1_000_000, 2, 10, 1, 3);
    String base = "/" + shop.appId() + "/api/activities/" + activity;
    StorefrontVisitor guest = new StorefrontVisitor();

    HttpResponse<String> rules = guest.get(base);
    assertThat(rules.statusCode()).as(rules.body()).isEqualTo(200);
    JsonObject r = StorefrontVisitor.json(rules);
    assertThat(r.getString("title")).isEqualTo("幸运抽奖");
    assertThat(r.getJsonArray("prizes").getJsonObject(0).getString("percent")).isEqualTo("100 %");
    assertThat(r.getString("noPrizePercent")).isEqualTo("0 %");
    assertThat(r.getString("seedCommitment")).matches("[0-9a-f]{64}");
    assertThat(!r.containsKey("revealedSeed") || r.isNull("revealedSeed")).as("no seed before the end").isTrue();
    assertProblem(guest.post(base + "/plays", Json.createObjectBuilder().build()), 401, "member.signInRequired");

    shop.member("13800000101", PASSWORD, 15);
    StorefrontVisitor member = signedIn(shop.appId(), "13800000101");
    HttpResponse<String> first = member.post(base + "/plays", Json.createObjectBuilder().add("deviceId", "phone-1").build());
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonObject won = StorefrontVisitor.json(first);
    assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(base + "/plays/" + won.getJsonNumber("id")));
    assertThat(won.getBoolean("won")).isTrue();
    assertThat(won.getBoolean("freePlay")).isTrue();
    assertThat(won.getString("awardLink")).isNotBlank();
    assertThat(won.containsKey("memberId")).as("no member id leaves the server").isFalse();

    JsonObject paid = StorefrontVisitor.json(member.post(base + "/plays", Json.createObjectBuilder().build()));
    assertThat(paid.getJsonNumber("pointsPaid").longValue()).isEqualTo(10);
    assertThat(paid.getBoolean("won")).isTrue();
    assertProblem(member.post(base + "/plays", Json.createObjectBuilder().build()), 409, "points.insufficient");
    assertThat(member.get(base + "/plays").body()).contains("\"playNumber\":2", "\"playNumber\":1");

    // the second unit is gone: the rules say so
    assertThat(StorefrontVisitor.json(guest.get(base)).getJsonArray("prizes").getJsonObject(0).getBoolean("available")).isFalse();
  }

  @Test
  void anotherTenantsActivityIsNotFound() {
    MallShop owner = MallShop.open("Lottery Owner");
    long sub = owner.goods("COUPON", "咖啡券", 5, 100).getJsonNumber("subInventoryId").longValue();
    long activity = owner.activity(sub, 500_000, 2, 0, 1, 1);
    MallShop other = MallShop.open("Lottery Other");
    other.member("13800000102", PASSWORD, 0);
    StorefrontVisitor member = signedIn(other.appId(), "13800000102");

    assertProblem(member.get("/" + other.appId() + "/api/activities/" + activity), 404, "notFound");
    assertProblem(member.post("/" + other.appId() + "/api/activities/" + activity + "/plays", Json.createObjectBuilder().build()), 404, "notFound");
    assertThat(new StorefrontVisitor().get("/" + owner.appId() + "/api/activities/" + activity).statusCode()).isEqualTo(200);
  }

  @Test
  void thePagesRenderAndAWinnerGivesTheAddressOfAPhysicalPrize() {
    MallShop shop = MallShop.open("Prize Pages");
    long sub = shop.goods("PHYSICAL", "保温杯", 3, 100).getJsonNumber("subInventoryId").longValue();
    long activity = shop.activity(sub, 1_000_000, 3, 0, 2, 2);
    String home = "/" + shop.appId();
    StorefrontVisitor guest = new StorefrontVisitor();

    HttpResponse<String> list = guest.page(home + "/activities");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    assertThat(list.body()).contains("data-page=\"activities\"", "幸运抽奖");
    HttpResponse<String> play = guest.page(home + "/activities/" + activity);
    assertThat(play.statusCode()).as(play.body()).isEqualTo(200);
    assertThat(play.body()).contains("data-page=\"activity\"", "\"presentation\":\"SCRATCH_CARD\"", "activities.js");
    assertThat(play.body()).as("the seed stays on the server").doesNotContain("serverSeed").doesNotContain("\"revealedSeed\":\"");
    HttpResponse<String> fairness = guest.page(home + "/activities/" + activity + "/fairness");
    assertThat(fairness.statusCode()).isEqualTo(200);
    assertThat(fairness.body()).contains("data-page=\"activity-fairness\"");

    shop.member("13800000103", PASSWORD, 0);
    StorefrontVisitor member = signedIn(shop.appId(), "13800000103");
    String api = home + "/api/activities/";
    JsonObject won = StorefrontVisitor.json(member.post(api + activity + "/plays", Json.createObjectBuilder().build()));
    assertThat(won.getString("status")).isEqualTo("AWAITING_ADDRESS");
    long playId = won.getJsonNumber("id").longValue();
    assertThat(StorefrontVisitor.json(member.get(api + activity + "/plays-left")).getInt("playsLeftToday")).isEqualTo(1);

    assertProblem(member.put(api + "plays/" + playId + "/address",
        Json.createObjectBuilder().add("recipient", "李雷").add("phone", "call me").add("address", "长安街 1 号").build()), 400, "mall.address.phone.invalid");
    HttpResponse<String> addressed = member.put(api + "plays/" + playId + "/address",
        Json.createObjectBuilder().add("recipient", "李雷").add("phone", "13800000103").add("address", "长安街 1 号").build());
    assertThat(addressed.statusCode()).as(addressed.body()).isEqualTo(200);
    assertThat(StorefrontVisitor.json(addressed).getString("status")).isEqualTo("AWAITING_SHIPMENT");
    assertThat(member.get(api + "prizes").body()).contains("长安街 1 号", "保温杯");

    MallShop other = MallShop.open("Prize Pages Other");
    other.member("13800000104", PASSWORD, 0);
    StorefrontVisitor stranger = signedIn(other.appId(), "13800000104");
    assertProblem(stranger.put("/" + other.appId() + "/api/activities/plays/" + playId + "/address",
        Json.createObjectBuilder().add("recipient", "x").add("phone", "13800000104").add("address", "y").build()), 404, "notFound");
    assertThat(stranger.page("/" + other.appId() + "/activities/" + activity).statusCode()).isEqualTo(404);
    assertThat(stranger.get("/" + other.appId() + "/api/activities/prizes").body()).isEqualTo("[]");
  }

  @Test
  void theDemoAppHasARunningActivity() {
    HttpResponse<String> list = new StorefrontVisitor().page("/hvdemocoffeeapp001/activities");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("幸运大转盘 Lucky wheel");
  }

  private static StorefrontVisitor signedIn(String appId, String phone) {
    StorefrontVisitor visitor = new StorefrontVisitor();
    HttpResponse<String> answer = visitor.post("/" + appId + "/api/session", Json.createObjectBuilder().add("phone", phone).add("password", PASSWORD).build());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return visitor;
  }
}
