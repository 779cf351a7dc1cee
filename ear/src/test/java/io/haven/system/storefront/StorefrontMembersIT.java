package io.haven.system.storefront;

import static io.haven.system.storefront.StorefrontProblems.assertFieldProblem;
import static io.haven.system.storefront.StorefrontProblems.assertProblem;
import static io.haven.system.storefront.StorefrontVisitor.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.SystemDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hosted members on the storefront over HTTP, as the pages' script talks to it: sign-up, sign-in,
 * profile, sign-out; every kind of bad input answered as problem+json on its field; unknown and
 * not-yet-open storefronts; the headers; and one enterprise's member session worth nothing on
 * another enterprise's storefront.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontMembersIT {

  private static final String PASSWORD = "Secret-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  private static Fixtures.Enterprise hosted(String name) {
    return Fixtures.openEnterprise(name, "HOSTED_LOGIN", null);
  }

  private static JsonObject signUp(String phone, String nickname) {
    return Json.createObjectBuilder().add("phone", phone).add("password", PASSWORD).add("nickname", nickname).build();
  }

  private static JsonObject credentials(String phone, String password) {
    return Json.createObjectBuilder().add("phone", phone).add("password", password).build();
  }

  @Test
  void memberSignsUpEditsProfileSignsOutAndSignsInAgain() {
    var shop = hosted("Tea House");
    String api = "/" + shop.appId() + "/api/";
    var member = new StorefrontVisitor();

    HttpResponse<String> created = member.post(api + "members", signUp("13812345678", "小茶"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue(StorefrontVisitor.url(api + "me"));
    assertThat(json(created).getString("nickname")).isEqualTo("小茶");
    assertThat(json(created).getString("phone")).isEqualTo("138****5678");
    assertThat(json(created).containsKey("id")).isFalse();
    assertThat(created.headers().allValues("Set-Cookie"))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax", "path=/store"));

    HttpResponse<String> me = member.get(api + "me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(json(me).getString("nickname")).isEqualTo("小茶");

    HttpResponse<String> changed =
        member.put(api + "me", Json.createObjectBuilder().add("nickname", "茶小二").add("birthday", "1990-05-31").build());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(json(changed).getString("birthday")).isEqualTo("1990-05-31");

    assertThat(member.delete(api + "session").statusCode()).isEqualTo(204);
    assertProblem(member.get(api + "me"), 401, "member.signInRequired");
    assertProblem(member.put(api + "me", Json.createObjectBuilder().add("nickname", "x").build()), 401, "member.signInRequired");

    assertProblem(member.post(api + "session", credentials("13812345678", "Wrong-2026")), 401, "member.signIn.failed");
    assertProblem(member.post(api + "session", credentials("13900000000", PASSWORD)), 401, "member.signIn.failed");
    HttpResponse<String> signedIn = member.post(api + "session", credentials("13812345678", PASSWORD));
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);

    JsonObject again = json(member.get(api + "me"));
    assertThat(again.getString("nickname")).isEqualTo("茶小二");
    assertThat(again.getString("birthday")).isEqualTo("1990-05-31");

    // an empty birthday clears it
    JsonObject cleared = json(member.put(api + "me", Json.createObjectBuilder().add("nickname", "茶小二").add("birthday", "").build()));
    assertThat(cleared.containsKey("birthday")).isFalse();
  }

  @Test
  void pagesFollowTheMember() {
    var shop = hosted("Page Shop");
    String home = "/" + shop.appId() + "/";
    var member = new StorefrontVisitor();

    HttpResponse<String> guestHome = member.page(home);
    assertThat(guestHome.statusCode()).isEqualTo(200);
    assertThat(guestHome.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(guestHome.body())
        .contains("<html lang=\"zh-CN\">", "data-member=\"guest\"", "data-login=\"hosted\"", "注册", "登录")
        .contains(shop.name());
    HttpResponse<String> profileAsGuest = member.page(home + "profile");
    assertThat(profileAsGuest.statusCode()).isEqualTo(303);
    assertThat(profileAsGuest.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(home + "sign-in?next=profile"));
    assertThat(member.page(home + "sign-in").body()).contains("data-page=\"sign-in\"", "手机号", "密码");

    // a nickname is text, never markup
    member.post(home + "api/members", signUp("13700000001", "<script>alert(1)</script>"));
    HttpResponse<String> memberHome = member.page(home);
    assertThat(memberHome.body())
        .contains("data-member=\"member\"", "&lt;script&gt;alert(1)&lt;/script&gt;", "137****0001")
        .doesNotContain("<script>alert(1)</script>");
    assertThat(member.page(home + "profile").body()).contains("data-page=\"profile\"", "value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"");
    HttpResponse<String> signInWhenSignedIn = member.page(home + "sign-in");
    assertThat(signInWhenSignedIn.statusCode()).isEqualTo(303);
    assertThat(signInWhenSignedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(home));
  }

  @Test
  void badInputIsAnsweredOnItsField() {
    var shop = hosted("Strict Shop");
    String api = "/" + shop.appId() + "/api/";
    var member = new StorefrontVisitor();
    member.post(api + "members", signUp("13812345678", "first"));

    var other = new StorefrontVisitor();
    String taken = assertFieldProblem(other.post(api + "members", signUp("13812345678", "second")), 409, "member.phone.taken", "phone");
    assertThat(taken).isEqualTo("该手机号已注册，请直接登录");
    assertFieldProblem(other.post(api + "members", signUp("12ab", "x")), 400, "member.phone.invalid", "phone");
    assertFieldProblem(
        other.post(api + "members", Json.createObjectBuilder().add("phone", "13600000000").add("password", "short").build()),
        400, "password.weak", "password");
    assertFieldProblem(
        other.post(api + "members", Json.createObjectBuilder().add("phone", "13600000000").build()), 400, "password.weak", "password");
    assertFieldProblem(other.post(api + "members", signUp("13600000000", "n".repeat(51))), 400, "member.nickname.invalid", "nickname");
    assertThat(other.sessionId()).as("no session for failed sign-ups").isNull();

    // the member's language decides the message
    String english =
        assertFieldProblem(other.speaking("en-US,en;q=0.9").post(api + "members", signUp("12ab", "x")), 400, "member.phone.invalid", "phone");
    assertThat(english).isEqualTo("Enter a phone number of 6 to 15 digits");

    assertFieldProblem(
        member.put(api + "me", Json.createObjectBuilder().add("nickname", "ok").add("birthday", "1990-13-45").build()),
        400, "member.birthday.invalid", "birthday");
    assertFieldProblem(
        member.put(api + "me", Json.createObjectBuilder().add("nickname", "ok").add("birthday", "2999-01-01").build()),
        400, "member.birthday.invalid", "birthday");
    assertFieldProblem(
        member.put(api + "me", Json.createObjectBuilder().add("nickname", " ").build()), 400, "member.nickname.invalid", "nickname");
  }

  @Test
  void requestsThatAreNotJsonCallsAreRefusedAsProblems() {
    var shop = hosted("Picky Shop");
    String api = "/" + shop.appId() + "/api/";
    var visitor = new StorefrontVisitor();
    String body = credentials("13812345678", PASSWORD).toString();

    // an HTML form of another site can send only these types: none of them is accepted
    assertProblem(visitor.raw("POST", api + "session", "application/x-www-form-urlencoded", "phone=1&password=2"), 415, "request.mediaType");
    assertProblem(visitor.raw("POST", api + "members", "text/plain", body), 415, "request.mediaType");
    assertProblem(visitor.raw("POST", api + "members", "multipart/form-data; boundary=x", "--x--"), 415, "request.mediaType");
    // read by StrictJson, as the partner API reads its bodies (issue 9): broken JSON, then a wrong JSON type
    assertProblem(visitor.raw("POST", api + "members", "application/json", "{\"phone\": "), 400, "malformed-json");
    assertProblem(visitor.raw("POST", api + "members", "application/json", "[1,2]"), 400, "malformed-json");
    JsonObject missing = assertProblem(visitor.raw("POST", api + "session", "application/json", ""), 400, "request.invalid");
    assertThat(missing.getJsonArray("errors")).isNotEmpty();
    // a browser telling us the call comes from another site's page
    assertProblem(
        visitor.send(visitor.request(api + "members").header("Content-Type", "application/json").header("Sec-Fetch-Site", "cross-site")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))),
        403, "request.crossSite");

    assertProblem(visitor.get(api + "nothing-here"), 404, "request.notFound");
    assertProblem(visitor.send(visitor.request(api + "me").header("Accept", "image/png").GET()), 406, "request.notAcceptable");
    HttpResponse<String> wrongMethod = visitor.get(api + "session");
    assertProblem(wrongMethod, 405, "request.methodNotAllowed");
  }

  @Test
  void unknownStorefrontsAreNotFoundPagesAndProblems() {
    var visitor = new StorefrontVisitor();
    for (String appId : new String[] {"hvzzzzzzzzzzzzzzzz", "not-an-app", "HVDEMOCOFFEEAPP001", "hv%3Cscript%3E"}) {
      HttpResponse<String> page = visitor.page("/" + appId + "/");
      assertThat(page.statusCode()).as(appId).isEqualTo(404);
      assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      assertThat(page.body()).contains("页面不存在", "data-page=\"not-found\"").doesNotContain("Exception");
      assertProblem(visitor.get("/" + appId + "/api/me"), 404, "storefront.notFound");
      assertProblem(visitor.post("/" + appId + "/api/session", credentials("13812345678", PASSWORD)), 404, "storefront.notFound");
    }
    assertThat(visitor.page("/").statusCode()).isEqualTo(404);
    assertThat(visitor.page("/hvzzzzzzzzzzzzzzzz/profile").statusCode()).isEqualTo(404);

    var shop = hosted("Known Shop");
    HttpResponse<String> unknownPage = visitor.page("/" + shop.appId() + "/no-such-page");
    assertThat(unknownPage.statusCode()).isEqualTo(404);
    assertThat(unknownPage.body()).contains("页面不存在");
  }

  @Test
  void storefrontOfAnEnterpriseWithoutLoginSchemeIsNotOpenYet() {
    var early = Fixtures.openEnterprise("Early Bird", null, null);
    var visitor = new StorefrontVisitor();
    for (String path : new String[] {"/", "/sign-in", "/sign-up", "/profile"}) {
      HttpResponse<String> page = visitor.page("/" + early.appId() + path);
      assertThat(page.statusCode()).as(path).isEqualTo(403);
      assertThat(page.body()).contains("商城尚未开放", "data-page=\"not-open\"", early.name());
    }
    assertProblem(visitor.post("/" + early.appId() + "/api/members", signUp("13812345678", "x")), 403, "storefront.notOpen");
    assertProblem(visitor.post("/" + early.appId() + "/api/session", credentials("13812345678", PASSWORD)), 403, "storefront.notOpen");
    assertProblem(visitor.get("/" + early.appId() + "/api/me"), 403, "storefront.notOpen");
    assertThat(visitor.sessionId()).isNull();
  }

  @Test
  void hostedSignInIsRefusedOnAnOwnLoginStorefront() {
    var own = Fixtures.openEnterprise("Own Accounts", "OWN_LOGIN", "http://127.0.0.1:9/login-state");
    var visitor = new StorefrontVisitor();
    assertProblem(visitor.post("/" + own.appId() + "/api/members", signUp("13812345678", "x")), 403, "member.loginScheme.wrong");
    assertProblem(visitor.post("/" + own.appId() + "/api/session", credentials("13812345678", PASSWORD)), 403, "member.loginScheme.wrong");
    HttpResponse<String> signInPage = visitor.page("/" + own.appId() + "/sign-in");
    assertThat(signInPage.body()).contains("data-login=\"own\"");

    var official = Fixtures.openEnterprise("Official Account", "OWN_OFFICIAL_ACCOUNT", null);
    assertProblem(visitor.post("/" + official.appId() + "/api/session", credentials("13812345678", PASSWORD)), 403, "member.loginScheme.wrong");
    assertThat(visitor.page("/" + official.appId() + "/").body()).contains("data-login=\"official\"");

    var hostedShop = hosted("Hosted Only");
    assertProblem(
        visitor.post("/" + hostedShop.appId() + "/api/own-login", Json.createObjectBuilder().add("token", "t").build()),
        403, "member.loginScheme.wrong");
  }

  @Test
  void aMemberSessionOfOneEnterpriseIsWorthNothingOnAnother() {
    var a = hosted("Alpha");
    var b = hosted("Beta");
    String apiA = "/" + a.appId() + "/api/";
    String apiB = "/" + b.appId() + "/api/";
    var alice = new StorefrontVisitor();
    alice.post(apiA + "members", signUp("13812345678", "Alice of A"));

    // Alice's cookie on B's storefront: nobody is signed in there, and nothing of A shows
    assertProblem(alice.get(apiB + "me"), 401, "member.signInRequired");
    assertProblem(alice.put(apiB + "me", Json.createObjectBuilder().add("nickname", "hijacked").build()), 401, "member.signInRequired");
    assertThat(alice.delete(apiB + "session").statusCode()).isEqualTo(204);
    assertThat(json(alice.get(apiA + "me")).getString("nickname")).as("signing out of B leaves A alone").isEqualTo("Alice of A");
    assertThat(alice.page("/" + b.appId() + "/").body()).contains("data-member=\"guest\"").doesNotContain("Alice of A");
    assertThat(alice.page("/" + b.appId() + "/profile").statusCode()).isEqualTo(303);
    // her password does not open B either: accounts are per product
    assertProblem(alice.post(apiB + "session", credentials("13812345678", PASSWORD)), 401, "member.signIn.failed");

    // the same phone is a different member on B; ids in bodies are refused (strict JSON: a key the
    // write has no property for), never used: the session decides
    var bob = new StorefrontVisitor();
    assertThat(bob.post(apiB + "members", signUp("13812345678", "Bob of B")).statusCode()).isEqualTo(201);
    HttpResponse<String> smuggled =
        bob.put(apiB + "me", Json.createObjectBuilder().add("id", 1).add("memberId", 1).add("productId", a.productId())
            .add("nickname", "Bob renamed").build());
    assertFieldProblem(smuggled, 400, "invalid-input", "id");
    assertThat(json(bob.get(apiB + "me")).getString("nickname")).isEqualTo("Bob of B");
    assertThat(bob.put(apiB + "me", Json.createObjectBuilder().add("nickname", "Bob renamed").build()).statusCode()).isEqualTo(200);
    assertThat(json(alice.get(apiA + "me")).getString("nickname")).isEqualTo("Alice of A");
    assertThat(json(bob.get(apiB + "me")).getString("nickname")).isEqualTo("Bob renamed");
    assertProblem(bob.get(apiA + "me"), 401, "member.signInRequired");
  }

  @Test
  void signingInGivesANewSessionIdAndKeepsProductsApart() {
    var a = hosted("Fixation A");
    var b = hosted("Fixation B");
    var attacker = new StorefrontVisitor();
    attacker.post("/" + a.appId() + "/api/members", signUp("13500000000", "attacker"));
    String planted = attacker.sessionId();

    var victim = new StorefrontVisitor();
    new StorefrontVisitor().post("/" + b.appId() + "/api/members", signUp("13600000000", "victim"));
    victim.useSession(planted);
    HttpResponse<String> signedIn = victim.post("/" + b.appId() + "/api/session", credentials("13600000000", PASSWORD));
    assertThat(signedIn.statusCode()).isEqualTo(200);
    assertThat(victim.sessionId()).isNotEqualTo(planted);
    assertThat(json(victim.get("/" + b.appId() + "/api/me")).getString("nickname")).isEqualTo("victim");
    // the planted id got nothing of the victim's
    assertProblem(attacker.get("/" + b.appId() + "/api/me"), 401, "member.signInRequired");

    // one browser, two products: each has its own member, signing out of one leaves the other
    assertThat(json(victim.get("/" + a.appId() + "/api/me")).getString("nickname")).isEqualTo("attacker");
    victim.delete("/" + a.appId() + "/api/session");
    assertProblem(victim.get("/" + a.appId() + "/api/me"), 401, "member.signInRequired");
    assertThat(json(victim.get("/" + b.appId() + "/api/me")).getString("nickname")).isEqualTo("victim");
  }

  @Test
  void headersProtectPagesAndCacheOnlyAssets() {
    var shop = hosted("Header Shop");
    var visitor = new StorefrontVisitor();
    HttpResponse<String> page = visitor.page("/" + shop.appId() + "/");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

    HttpResponse<String> api = visitor.get("/" + shop.appId() + "/api/me");
    assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    for (String asset : new String[] {"storefront.css", "storefront.js", "icon.svg"}) {
      Matcher link = Pattern.compile("/store(/assets/" + Pattern.quote(asset) + "\\?v=[0-9a-f]{12})").matcher(page.body());
      assertThat(link.find()).as(asset + " linked with a fingerprint").isTrue();
      HttpResponse<String> file = visitor.page(link.group(1));
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
      assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
    HttpResponse<String> missing = visitor.page("/assets/missing.css?v=0123456789ab");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Cache-Control")).as("a 404 is not cached for a year").hasValue("no-store");
    assertThat(visitor.page("/assets/storefront.css?v=x").headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    // templates and configuration are not files anyone can download
    for (String path : new String[] {"/WEB-INF/pages/home.html", "/assets/../WEB-INF/web.xml", "/assets/WEB-INF/web.xml"}) {
      HttpResponse<String> hidden = visitor.page(path);
      assertThat(hidden.statusCode()).as(path).isEqualTo(404);
      assertThat(hidden.body()).as(path).doesNotContain("{{boot}}").doesNotContain("<web-app");
    }
  }
}
