package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.coupons.boundary.DemoCoupons;
import io.haven.mall.boundary.DemoPointsMall;
import io.haven.system.SystemDeployment;
import io.haven.system.Server;
import io.haven.tenancy.boundary.DemoEnterprise;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Self-made coupons in the living demo (issue 14), from outside as people use them: the demo
 * member Lin finds her coupons (one used at the counter, one valid, with its QR code), claims one
 * more and is refused past the per-member limit (problem+json); the demo admin finds the stores,
 * the coupons and the settlement record, and a store still named by a coupon is not deleted; the
 * demo verifier signs in, lands on the counter page, types Lin's new code and verifies it once —
 * a second attempt is told where and when.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoCouponsIT {

  private static final String PASSWORD = "Haven-Demo-2026";
  private static final String API = "/store/" + DemoEnterprise.APP_ID + "/api/";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void membersClaimAndShowCouponsAndAVerifierVerifiesOnce() throws Exception {
    HttpClient lin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> signedIn =
        send(lin, "POST", API + "session", Json.createObjectBuilder().add("phone", DemoPointsMall.MEMBER_PHONE).add("password", PASSWORD).build().toString());
    assertThat(signedIn.statusCode()).as("%s %s", signedIn.headers().map(), signedIn.body()).isEqualTo(200);
    List<JsonObject> mine = array(send(lin, "GET", API + "coupons/mine", null)).getValuesAs(JsonObject.class);
    assertThat(mine).extracting(c -> c.getString("name") + "/" + c.getString("state"))
        .contains(DemoCoupons.LATTE + "/USED", DemoCoupons.FIVE_OFF + "/VALID");
    JsonObject five = mine.stream().filter(c -> c.getString("name").equals(DemoCoupons.FIVE_OFF)).findFirst().orElseThrow();
    assertThat(five.getString("code")).matches("[A-Z2-9]{20}");
    HttpResponse<String> qr = send(lin, "GET", API + "coupons/mine/" + five.getJsonNumber("id") + "/qr.png", null);
    assertThat(qr.statusCode()).isEqualTo(200);
    assertThat(qr.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));

    HttpResponse<String> claimed = send(lin, "POST", API + "coupons/" + five.getJsonNumber("couponId") + "/claims", "{\"deviceId\":\"demo-phone\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(201);
    String fresh = object(claimed).getString("code");
    HttpResponse<String> third = send(lin, "POST", API + "coupons/" + five.getJsonNumber("couponId") + "/claims", "{\"deviceId\":\"demo-phone\"}");
    assertThat(third.statusCode()).isEqualTo(409);
    assertThat(third.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(third.body()).contains("coupon.claim.memberLimit");
    assertThat(send(lin, "GET", "/store/" + DemoEnterprise.APP_ID + "/coupons/mine", null).body()).contains("data-page=\"my-coupons\"");

    try (var console = ConsoleBrowser.open()) {
      console.signIn(DemoEnterprise.ADMIN, PASSWORD);
      console.go("/coupons/stores.xhtml");
      assertThat(console.text("stores:table")).contains(DemoCoupons.PEOPLE_SQUARE, DemoCoupons.JINGAN);
      console.go("/coupons/coupons.xhtml");
      assertThat(console.text("coupons:table")).contains(DemoCoupons.LATTE, DemoCoupons.FIVE_OFF, DemoCoupons.EIGHTY);
      console.go("/coupons/records/settlement.xhtml");
      assertThat(console.text("records:table")).contains(DemoCoupons.LATTE, DemoCoupons.PEOPLE_SQUARE);
      console.signOut();

      console.signIn(DemoCoupons.VERIFIER, PASSWORD);
      console.until(d -> d.getCurrentUrl().contains("/verify/index.xhtml"));
      console.type("counter:code", fresh.toLowerCase());
      console.click("counter:look");
      console.awaitText(DemoCoupons.FIVE_OFF);
      console.click("counter:confirm");
      console.until(d -> console.isVisible("counter:verified"));
      assertThat(console.text("counter:verified")).contains(DemoCoupons.PEOPLE_SQUARE);
      console.screenshot("demo-coupon-verified");
      console.click("counter:nextCode");
      console.type("counter:code", fresh);
      console.click("counter:look");
      console.until(d -> console.isVisible("counter:found"));
      assertThat(console.text("counter:found")).contains(DemoCoupons.PEOPLE_SQUARE);
      assertThat(console.isVisible("counter:confirm")).as("nothing to confirm twice").isFalse();
    }
    List<JsonObject> after = array(send(lin, "GET", API + "coupons/mine", null)).getValuesAs(JsonObject.class);
    assertThat(after).filteredOn(c -> c.getString("code").equals(fresh)).extracting(c -> c.getString("state")).containsExactly("USED");
  }

  private static HttpResponse<String> send(HttpClient client, String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Server.base() + path))
        .header("Accept", accepted(path)); // as a browser asks for a page, a fetch and an img
    request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
        : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String accepted(String path) {
    if (path.endsWith(".png")) {
      return "image/png";
    }
    return path.contains("/api/") ? "application/json, application/problem+json" : "text/html";
  }

  private static JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static JsonObject object(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
