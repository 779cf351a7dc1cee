package io.haven.system.storefront;

import static io.haven.system.storefront.StorefrontProblems.assertFieldProblem;
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
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OWN_LOGIN (T4, V1): the enterprise's app opens the storefront with its own member token, and the
 * platform asks the enterprise's login-state callback. The callback here is a fake enterprise
 * endpoint this test starts itself on 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontOwnLoginIT {

  /** Tokens the fake enterprise vouches for, and the member each stands for. */
  private static final Map<String, JsonObject> VALID_TOKENS =
      Map.of(
          "token-alice", Json.createObjectBuilder().add("memberId", "ENT-1001").add("nickname", "爱丽丝").build(),
          "token-bob", Json.createObjectBuilder().add("memberId", "ENT-2002").add("nickname", "").build());

  private static HttpServer enterprise;
  private static final List<String> receivedTokens = new CopyOnWriteArrayList<>();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @BeforeAll
  static void startFakeEnterprise() throws IOException {
    enterprise = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    enterprise.createContext("/login-state", StorefrontOwnLoginIT::loginState);
    enterprise.createContext("/broken", exchange -> answer(exchange, 500, "{\"error\":\"down for maintenance\"}"));
    enterprise.start();
  }

  @AfterAll
  static void stopFakeEnterprise() {
    enterprise.stop(0);
  }

  private static void loginState(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!exchange.getRequestMethod().equals("POST")
        || !exchange.getRequestHeaders().getFirst("Content-Type").startsWith("application/json")) {
      answer(exchange, 400, "{}");
      return;
    }
    String token = Json.createReader(new StringReader(body)).readObject().getString("token", "");
    receivedTokens.add(token);
    JsonObject member = VALID_TOKENS.get(token);
    answer(exchange, member == null ? 401 : 200, member == null ? "{\"error\":\"not signed in\"}" : member.toString());
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static String callback(String path) {
    return "http://127.0.0.1:" + enterprise.getAddress().getPort() + path;
  }

  private static JsonObject token(String token) {
    return Json.createObjectBuilder().add("token", token).build();
  }

  @Test
  void aValidTokenSignsInAndCreatesTheMemberUnderTheEnterprisesMemberId() {
    var shop = Fixtures.openEnterprise("Own Login Shop", "OWN_LOGIN", callback("/login-state"));
    String api = "/" + shop.appId() + "/api/";
    var phone = new StorefrontVisitor();

    HttpResponse<String> signedIn = phone.post(api + "own-login", token("token-alice"));
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
    assertThat(receivedTokens).contains("token-alice");
    JsonObject me = json(phone.get(api + "me"));
    assertThat(me.getString("enterpriseMemberId")).isEqualTo("ENT-1001");
    assertThat(me.getString("nickname")).isEqualTo("爱丽丝");
    assertThat(me.containsKey("phone")).isFalse();
    phone.put(api + "me", Json.createObjectBuilder().add("nickname", "Alice").add("birthday", "1992-02-29").build());

    // the same enterprise member on another phone is the same storefront member
    var tablet = new StorefrontVisitor();
    assertThat(tablet.post(api + "own-login", token("token-alice")).statusCode()).isEqualTo(200);
    JsonObject again = json(tablet.get(api + "me"));
    assertThat(again.getString("nickname")).isEqualTo("Alice");
    assertThat(again.getString("birthday")).isEqualTo("1992-02-29");

    // no nickname from the enterprise: the member id stands in
    var bob = new StorefrontVisitor();
    assertThat(json(bob.post(api + "own-login", token("token-bob"))).getString("nickname")).isEqualTo("ENT-2002");

    HttpResponse<String> home = phone.page("/" + shop.appId() + "/");
    assertThat(home.body()).contains("data-login=\"own\"", "data-member=\"member\"", "ENT-1001", "Alice");
  }

  @Test
  void aTokenTheEnterpriseRejectsSignsNobodyIn() {
    var shop = Fixtures.openEnterprise("Strict Own Login", "OWN_LOGIN", callback("/login-state"));
    String api = "/" + shop.appId() + "/api/";
    var visitor = new StorefrontVisitor();
    assertFieldProblem(visitor.post(api + "own-login", token("forged-token")), 401, "member.token.rejected", "token");
    assertThat(receivedTokens).contains("forged-token");
    assertFieldProblem(visitor.post(api + "own-login", token("")), 401, "member.token.rejected", "token");
    assertFieldProblem(visitor.post(api + "own-login", Json.createObjectBuilder().build()), 401, "member.token.rejected", "token");
    assertThat(visitor.sessionId()).isNull();
    assertProblem(visitor.get(api + "me"), 401, "member.signInRequired");
  }

  @Test
  void anEnterpriseEndpointThatIsDownOrFailingIsServiceUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    var down = Fixtures.openEnterprise("Down Enterprise", "OWN_LOGIN", "http://127.0.0.1:" + closedPort + "/login-state");
    var failing = Fixtures.openEnterprise("Failing Enterprise", "OWN_LOGIN", callback("/broken"));
    var visitor = new StorefrontVisitor();
    assertProblem(visitor.post("/" + down.appId() + "/api/own-login", token("token-alice")), 503, "member.enterprise.unavailable");
    JsonObject english =
        assertProblem(
            visitor.speaking("en").post("/" + failing.appId() + "/api/own-login", token("token-alice")),
            503, "member.enterprise.unavailable");
    assertThat(english.getString("detail")).startsWith("The brand's sign-in service did not answer");
    assertThat(visitor.sessionId()).isNull();
  }

  @Test
  void theEnterprisesAppLinksToTheStorefrontWithItsToken() {
    var shop = Fixtures.openEnterprise("Linked Shop", "OWN_LOGIN", callback("/login-state"));
    var visitor = new StorefrontVisitor();
    for (String path : new String[] {"/?token=token-alice", "/own-login?token=token-alice"}) {
      HttpResponse<String> page = visitor.page("/" + shop.appId() + path);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("data-page=\"own-login\"", "正在登录");
      assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
    HttpResponse<String> guestHome = visitor.page("/" + shop.appId() + "/");
    assertThat(guestHome.body()).contains("data-page=\"home\"", "data-member=\"guest\"", "data-login=\"own\"");
  }

  @Test
  void oneEnterpriseMemberIdIsADifferentMemberInEachEnterprise() {
    var a = Fixtures.openEnterprise("Own A", "OWN_LOGIN", callback("/login-state"));
    var b = Fixtures.openEnterprise("Own B", "OWN_LOGIN", callback("/login-state"));
    var visitor = new StorefrontVisitor();
    visitor.post("/" + a.appId() + "/api/own-login", token("token-alice"));
    visitor.put("/" + a.appId() + "/api/me", Json.createObjectBuilder().add("nickname", "Alice at A").build());

    assertProblem(visitor.get("/" + b.appId() + "/api/me"), 401, "member.signInRequired");
    visitor.post("/" + b.appId() + "/api/own-login", token("token-alice"));
    assertThat(json(visitor.get("/" + b.appId() + "/api/me")).getString("nickname")).isEqualTo("爱丽丝");
    assertThat(json(visitor.get("/" + a.appId() + "/api/me")).getString("nickname")).isEqualTo("Alice at A");
  }
}
