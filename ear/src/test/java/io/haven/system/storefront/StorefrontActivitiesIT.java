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

  private static StorefrontVisitor signedIn(String appId, String phone) {
    StorefrontVisitor visitor = new StorefrontVisitor();
    HttpResponse<String> answer = visitor.post("/" + appId + "/api/session", Json.createObjectBuilder().add("phone", phone).add("password", PASSWORD).build());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return visitor;
  }
}
