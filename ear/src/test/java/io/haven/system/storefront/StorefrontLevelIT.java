package io.haven.system.storefront;

import static io.haven.system.storefront.StorefrontProblems.assertProblem;
import static io.haven.system.storefront.StorefrontVisitor.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.haven.system.Fixtures;
import io.haven.system.SystemDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The member level page (V3): badge, level name, growth value and the progress to the next level,
 * following the member's growth from member tasks (V4). The member signs in with the enterprise's
 * own login, so the partner can name them by the enterprise's member id.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontLevelIT {

  private static HttpServer enterprise;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @BeforeAll
  static void startFakeEnterprise() throws IOException {
    enterprise = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    enterprise.createContext("/login-state", StorefrontLevelIT::loginState);
    enterprise.start();
  }

  @AfterAll
  static void stopFakeEnterprise() {
    enterprise.stop(0);
  }

  /** "token-X" is member X. */
  private static void loginState(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String token = Json.createReader(new StringReader(body)).readObject().getString("token", "");
    byte[] answer =
        (token.startsWith("token-")
                ? Json.createObjectBuilder().add("memberId", token.substring(6)).add("nickname", "Lv " + token.substring(6)).build().toString()
                : "{}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(token.startsWith("token-") ? 200 : 401, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }

  private static Fixtures.Enterprise shop(String name) {
    return Fixtures.openEnterprise(name, "OWN_LOGIN", "http://127.0.0.1:" + enterprise.getAddress().getPort() + "/login-state");
  }

  @Test
  void theLevelPageFollowsTheMembersGrowth() throws Exception {
    var shop = shop("Level Shop");
    long silver = Fixtures.memberLevel(shop, "Silver", 100);
    Fixtures.memberLevel(shop, "Gold", 300);
    Fixtures.memberTask(shop, "buy", 150, "DAY", 5);
    String home = "/" + shop.appId() + "/";
    var member = new StorefrontVisitor();
    assertThat(member.post(home + "api/own-login", Json.createObjectBuilder().add("token", "token-LV-1").build()).statusCode()).isEqualTo(200);

    assertThat(member.page(home).body()).contains("href=\"/store" + home + "level\"");
    HttpResponse<String> before = member.page(home + "level");
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.body()).contains("data-level=\"none\"", "data-testid=\"growth-value\">0<", "value=\"0\"", "<strong>Silver</strong>", "data-testid=\"to-next\">100<");

    assertThat(Fixtures.completeMemberTask(shop, "LV-1", "buy")).isEqualTo(150);
    HttpResponse<String> after = member.page(home + "level");
    assertThat(after.body())
        .contains("data-level=\"some\"", "data-testid=\"level-name\">Silver<", "data-testid=\"growth-value\">150<", "value=\"25\"")
        .contains("<strong>Gold</strong>", "data-testid=\"to-next\">150<", "level/badges/" + silver);
    JsonObject status = json(member.get(home + "api/level"));
    assertThat(status.getJsonNumber("growthValue").longValue()).isEqualTo(150);
    assertThat(status.getJsonObject("level").getString("name")).isEqualTo("Silver");
    assertThat(status.getJsonObject("next").getString("name")).isEqualTo("Gold");
    assertThat(status.getInt("percent")).isEqualTo(25);

    HttpResponse<byte[]> badge = bytes(home + "level/badges/" + silver);
    assertThat(badge.statusCode()).isEqualTo(200);
    assertThat(badge.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
    assertThat(badge.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');

    // the top level: the bar is full
    Fixtures.completeMemberTask(shop, "LV-1", "buy");
    assertThat(member.page(home + "level").body()).contains("data-next=\"top\"", "data-testid=\"level-name\">Gold<", "value=\"100\"");
  }

  @Test
  void guestsAndOtherProductsGetNothing() throws Exception {
    var shop = shop("Level Owner");
    long gold = Fixtures.memberLevel(shop, "Gold", 10);
    var other = shop("Level Other");
    var guest = new StorefrontVisitor();
    HttpResponse<String> page = guest.page("/" + shop.appId() + "/level");
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/" + shop.appId() + "/sign-in?next=level"));
    assertProblem(guest.get("/" + shop.appId() + "/api/level"), 401, "member.signInRequired");
    assertThat(bytes("/" + other.appId() + "/level/badges/" + gold).statusCode()).isEqualTo(404);
    assertThat(bytes("/" + shop.appId() + "/level/badges/x").statusCode()).isEqualTo(404);
    assertThat(bytes("/" + shop.appId() + "/level/badges/" + gold).statusCode()).isEqualTo(200);
  }

  private static HttpResponse<byte[]> bytes(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create(StorefrontVisitor.url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
