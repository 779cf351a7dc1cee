package io.haven.system.storefront;

import static io.haven.system.storefront.StorefrontProblems.assertFieldProblem;
import static io.haven.system.storefront.StorefrontProblems.assertProblem;
import static io.haven.system.storefront.StorefrontVisitor.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.NaughtyStrings;
import io.haven.system.NaughtyStrings.Naughty;
import io.haven.system.RawHttp;
import io.haven.system.SystemDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The storefront as a hostile visitor meets it (issue 9): naughty strings through every string
 * field of every JSON write and through path segments; wrong types, duplicate keys, trailing data,
 * invalid UTF-8, deep nesting and oversized bodies; names of control or only invisible characters;
 * request targets java.net.URI refuses; and the sign-in redirects of member pages. Nothing answers
 * 5xx, refusals are problems of the documented type, and a refused write changes nothing.
 */
// Tagged to run on MariaDB too (the ear's races-mariadb execution): its collations, column
// limits and 4-byte characters differ from H2's, and a naughty string must not find a 5xx there.
@Tag("mariadb")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontHostileInputIT {

  private static final String PASSWORD = "Secret-2026";
  private static final int PER_KIND = 1;
  private static final AtomicInteger PHONES = new AtomicInteger();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  private static String phone() {
    return "139" + String.format("%08d", (System.nanoTime() / 1000 + PHONES.incrementAndGet()) % 100_000_000L);
  }

  private static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static JsonObject with(String field, String value, Map<String, String> others) {
    var body = Json.createObjectBuilder();
    others.forEach(body::add);
    return body.add(field, value).build();
  }

  /** Below 500, and a refusal of the JSON API is problem+json of one of Haven's types. */
  private static HttpResponse<String> clean(HttpResponse<String> response, Object sent) {
    assertThat(response.statusCode()).as(sent + " -> " + response.body()).isLessThan(500);
    if (response.statusCode() >= 400) {
      assertThat(response.headers().firstValue("Content-Type")).as(sent + " -> " + response.body())
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      JsonObject problem = json(response);
      assertThat(problem.getString("type")).startsWith("urn:haven:problem:");
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    return response;
  }

  private static StorefrontVisitor signedUp(String appId, String phone, String nickname) {
    StorefrontVisitor member = new StorefrontVisitor();
    HttpResponse<String> created = member.post("/" + appId + "/api/members",
        Json.createObjectBuilder().add("phone", phone).add("password", PASSWORD).add("nickname", nickname).build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return member;
  }

  @Test
  void naughtyStringsThroughEveryStringFieldOfEveryJsonWriteAndPathSegment() {
    MallShop shop = MallShop.open("Hostile Mall");
    String appId = shop.appId();
    String api = "/" + appId + "/api/";
    String phone = phone();
    shop.member(phone, PASSWORD, 1_000_000);
    long listing = shop.goods("PHYSICAL", "Hostile mug", 1000, 1).getJsonNumber("listingId").longValue();
    StorefrontVisitor member = new StorefrontVisitor();
    assertThat(member.post(api + "session", Json.createObjectBuilder().add("phone", phone).add("password", PASSWORD).build()).statusCode())
        .isEqualTo(200);
    HttpResponse<String> redeemed = member.post(api + "mall/listings/" + listing + "/redemptions", Json.createObjectBuilder().add("quantity", 1).build());
    assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(201);
    long redemption = json(redeemed).getJsonNumber("id").longValue();
    String startName = json(member.get(api + "me")).getString("nickname");

    StorefrontVisitor guest = new StorefrontVisitor();
    List<String> accepted = new ArrayList<>();
    Map<String, Function<String, HttpResponse<String>>> fields = new LinkedHashMap<>();
    // sign-up: a refused one creates no member (checked below by signing in with its phone)
    List<String> refusedSignUpPhones = new ArrayList<>();
    fields.put("sign-up.nickname", v -> {
      String p = phone();
      HttpResponse<String> r = new StorefrontVisitor().post(api + "members", with("nickname", v, Map.of("phone", p, "password", PASSWORD)));
      if (r.statusCode() >= 400) {
        refusedSignUpPhones.add(p);
      }
      return r;
    });
    fields.put("sign-up.phone", v -> new StorefrontVisitor().post(api + "members", with("phone", v, Map.of("password", PASSWORD, "nickname", "n"))));
    fields.put("sign-up.password", v -> new StorefrontVisitor().post(api + "members", with("password", v, Map.of("phone", phone(), "nickname", "n"))));
    fields.put("session.phone", v -> new StorefrontVisitor().post(api + "session", with("phone", v, Map.of("password", PASSWORD))));
    fields.put("session.password", v -> new StorefrontVisitor().post(api + "session", with("password", v, Map.of("phone", phone))));
    fields.put("me.nickname", v -> {
      HttpResponse<String> r = member.put(api + "me", with("nickname", v, Map.of()));
      if (r.statusCode() == 200) {
        accepted.add(json(r).getString("nickname"));
      }
      return r;
    });
    fields.put("me.birthday", v -> member.put(api + "me", with("birthday", v, Map.of("nickname", "n"))));
    fields.put("own-login.token", v -> new StorefrontVisitor().post(api + "own-login", with("token", v, Map.of())));
    fields.put("redeem.deviceId", v -> member.post(api + "mall/listings/" + listing + "/redemptions", with("deviceId", v, Map.of())));
    for (String part : List.of("recipient", "phone", "region", "detail")) {
      Map<String, String> others = new LinkedHashMap<>(Map.of("recipient", "Wang", "phone", "13800138000", "region", "Shanghai", "detail", "Road 1"));
      others.remove(part);
      fields.put("address." + part, v -> member.put(api + "mall/redemptions/" + redemption + "/address", with(part, v, others)));
    }
    fields.put("receipt.images", v -> member.post(api + "tasks/1/receipts", Json.createObjectBuilder().add("images", Json.createArrayBuilder().add(v)).build()));
    fields.put("path.listingId", v -> member.post(api + "mall/listings/" + segment(v) + "/redemptions", Json.createObjectBuilder().add("quantity", 1).build()));
    fields.put("path.redemptionId", v -> member.get(api + "mall/redemptions/" + segment(v)));
    fields.put("path.payment", v -> member.post(api + "mall/payments/" + segment(v) + "/confirm", Json.createObjectBuilder().build()));
    fields.put("path.taskId", v -> member.post(api + "tasks/" + segment(v) + "/completions", Json.createObjectBuilder().build()));
    fields.put("path.appId", v -> guest.get("/" + segment(v) + "/api/me"));

    int seed = 0;
    for (Map.Entry<String, Function<String, HttpResponse<String>>> field : fields.entrySet()) {
      for (Naughty naughty : NaughtyStrings.sample(PER_KIND, seed++)) {
        clean(field.getValue().apply(naughty.value()), field.getKey() + " <- " + naughty);
      }
    }

    // refused writes changed nothing: the name is the last accepted one, and the phones of refused
    // sign-ups belong to no member
    String expected = accepted.isEmpty() ? startName : accepted.get(accepted.size() - 1);
    assertThat(json(member.get(api + "me")).getString("nickname")).isEqualTo(expected);
    assertThat(refusedSignUpPhones).isNotEmpty();
    for (String refused : refusedSignUpPhones.subList(0, Math.min(5, refusedSignUpPhones.size()))) {
      assertProblem(new StorefrontVisitor().post(api + "session", Json.createObjectBuilder().add("phone", refused).add("password", PASSWORD).build()),
          401, "member.signIn.failed");
    }
  }

  @Test
  void namesOfControlOrOnlyInvisibleCharactersAreRefusedOnSignUpAndProfile() {
    MallShop shop = MallShop.open("Hostile Names");
    String api = "/" + shop.appId() + "/api/";
    StorefrontVisitor member = signedUp(shop.appId(), phone(), "Plain");
    for (String name : List.of("a\u0000b", "bell\u0007", "back\bspace", "esc\u001b[0m", "\ufeff", "\uffff", "\u200b\u3164")) {
      String p = phone();
      assertFieldProblem(new StorefrontVisitor().post(api + "members", with("nickname", name, Map.of("phone", p, "password", PASSWORD))),
          400, "member.nickname.invalid", "nickname");
      assertProblem(new StorefrontVisitor().post(api + "session", Json.createObjectBuilder().add("phone", p).add("password", PASSWORD).build()),
          401, "member.signIn.failed");
      assertFieldProblem(member.put(api + "me", with("nickname", name, Map.of())), 400, "member.nickname.invalid", "nickname");
    }
    assertThat(json(member.get(api + "me")).getString("nickname")).isEqualTo("Plain");
  }

  @Test
  void jsonBodiesAreReadStrictly() {
    MallShop shop = MallShop.open("Hostile Json");
    String api = "/" + shop.appId() + "/api/";
    StorefrontVisitor member = signedUp(shop.appId(), phone(), "Plain");
    for (String body : List.of("{\"nickname\":\"A\",\"nickname\":\"B\"}", "{\"nickname\":\"A\"} trailing", "{\"nickname\":\"A\"}{\"nickname\":\"B\"}",
        "{\"nickname\":\"A\",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}", "[".repeat(100_000), "{\"nickname\":\"A\"")) {
      assertProblem(member.raw("PUT", api + "me", "application/json", body), 400, "malformed-json");
    }
    for (String nickname : List.of("1", "true", "{}", "[\"A\"]")) {
      assertFieldProblem(member.raw("PUT", api + "me", "application/json", "{\"nickname\":" + nickname + "}"), 400, "malformed-json", "nickname");
    }
    assertFieldProblem(new StorefrontVisitor().raw("POST", api + "members", "application/json",
        "{\"phone\":13800138000,\"password\":\"" + PASSWORD + "\"}"), 400, "malformed-json", "phone");
    // invalid UTF-8 is refused, not stored as U+FFFD
    byte[] head = "{\"nickname\":\"bad".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + 3];
    System.arraycopy(head, 0, body, 0, head.length);
    body[head.length] = (byte) 0xFF;
    body[head.length + 1] = '"';
    body[head.length + 2] = '}';
    HttpResponse<String> broken = member.send(member.request(api + "me").header("Accept", "application/json")
        .header("Content-Type", "application/json").method("PUT", java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)));
    assertProblem(broken, 400, "malformed-json");
    // 1 MiB + 1: refused, never a 5xx
    String prefix = "{\"nickname\":\"";
    String big = prefix + "x".repeat(1024 * 1024 + 1 - prefix.length() - 2) + "\"}";
    HttpResponse<String> tooBig = member.raw("PUT", api + "me", "application/json", big);
    assertThat(tooBig.statusCode()).as(tooBig.body()).isBetween(400, 499);
    assertThat(json(member.get(api + "me")).getString("nickname")).isEqualTo("Plain");
  }

  /**
   * Every JSON write of the storefront refuses a key it has no property for with 400 invalid-input
   * naming it, before anything runs (before, JSON-B dropped it and the write went through): a
   * member cannot smuggle a phone into a profile edit or a price into a redemption, and a client
   * with a misspelt field learns it at once. Nothing refused is written.
   */
  @Test
  void aKeyTheWriteDoesNotHaveIsRefusedNamingItAndNothingIsWritten() {
    MallShop shop = MallShop.open("Hostile Keys");
    String api = "/" + shop.appId() + "/api/";
    String phone = phone();
    shop.member(phone, PASSWORD, 1000);
    long listing = shop.goods("PHYSICAL", "Strict mug", 10, 100).getJsonNumber("listingId").longValue();
    long sub = shop.goods("COUPON", "Strict coupon", 5, 100).getJsonNumber("subInventoryId").longValue();
    long activity = shop.activity(sub, 1_000_000, 2, 10, 1, 3);
    long signIn = io.haven.system.TaskFixtures.task(shop.enterprise, "DAILY_SIGN_IN", "签到", 5, 1, 10);
    long upload = io.haven.system.TaskFixtures.task(shop.enterprise, "UPLOAD_RECEIPT", "上传小票", 30, 2, 5);
    StorefrontVisitor member = new StorefrontVisitor();
    JsonObject credentials = Json.createObjectBuilder().add("phone", phone).add("password", PASSWORD).build();
    assertThat(member.post(api + "session", credentials).statusCode()).isEqualTo(200);
    HttpResponse<String> redeemed = member.post(api + "mall/listings/" + listing + "/redemptions", Json.createObjectBuilder().add("quantity", 1).build());
    assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(201);
    long redemption = json(redeemed).getJsonNumber("id").longValue();
    long coffee = shop.goods("COUPON", "Strict coffee", 5, 1, b -> b.add("exchangeMethod", "POINTS_PLUS_CASH").add("cashFen", 100))
        .getJsonNumber("listingId").longValue();
    HttpResponse<String> unpaid = member.post(api + "mall/listings/" + coffee + "/redemptions", Json.createObjectBuilder().add("quantity", 1).build());
    assertThat(unpaid.statusCode()).as(unpaid.body()).isEqualTo(201);
    String payUrl = json(unpaid).getString("payUrl");
    String payment = api + "mall/payments/" + payUrl.substring(payUrl.lastIndexOf('/') + 1);
    long balance = json(member.get(api + "mall/points")).getJsonNumber("balance").longValue();
    String newPhone = phone();

    String png = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(io.haven.system.TaskFixtures.png(8, 8, 0x333333));
    record Write(String method, String path, String body, String key, StorefrontVisitor as) {}
    for (Write w : List.of(
        new Write("POST", api + "members", "{\"phone\":\"" + newPhone + "\",\"password\":\"" + PASSWORD + "\",\"referrer\":\"x\"}", "referrer",
            new StorefrontVisitor()),
        new Write("POST", api + "session", "{\"phone\":\"" + phone + "\",\"password\":\"" + PASSWORD + "\",\"remember\":true}", "remember",
            new StorefrontVisitor()),
        new Write("PUT", api + "me", "{\"nickname\":\"Changed\",\"phone\":\"13900000000\"}", "phone", member),
        new Write("POST", api + "own-login", "{\"token\":\"t\",\"memberId\":\"M-1\"}", "memberId", new StorefrontVisitor()),
        new Write("POST", api + "mall/listings/" + listing + "/redemptions", "{\"quantity\":1,\"price\":0}", "price", member),
        new Write("PUT", api + "mall/redemptions/" + redemption + "/address",
            "{\"recipient\":\"W\",\"phone\":\"13800138000\",\"region\":\"S\",\"detail\":\"R\",\"status\":\"SHIPPED\"}", "status", member),
        new Write("POST", api + "tasks/" + signIn + "/completions", "{\"points\":100000}", "points", member),
        new Write("POST", api + "tasks/" + upload + "/receipts", "{\"images\":[\"" + png + "\"],\"approved\":true}", "approved", member),
        new Write("POST", api + "activities/" + activity + "/plays", "{\"deviceId\":\"d\",\"prize\":1}", "prize", member),
        new Write("POST", payment + "/confirm", "{\"paid\":true}", "paid", new StorefrontVisitor()),
        new Write("POST", payment + "/cancel", "{\"reason\":\"x\"}", "reason", new StorefrontVisitor()))) {
      assertFieldProblem(w.as().raw(w.method(), w.path(), "application/json", w.body()), 400, "invalid-input", w.key());
    }

    // nothing of it was written
    assertProblem(new StorefrontVisitor().post(api + "session", Json.createObjectBuilder().add("phone", newPhone).add("password", PASSWORD).build()),
        401, "member.signIn.failed");
    JsonObject me = json(member.get(api + "me"));
    assertThat(me.getString("nickname")).isNotEqualTo("Changed");
    assertThat(json(member.get(api + "mall/points")).getJsonNumber("balance").longValue()).as("no redemption, play or task points").isEqualTo(balance);
    HttpResponse<String> unaddressed = member.get(api + "mall/redemptions/" + redemption);
    assertThat(json(unaddressed).containsKey("address")).as(unaddressed.body()).isFalse();
    assertThat(member.get(api + "tasks/submissions").body()).doesNotContain("PENDING");
    assertThat(json(new StorefrontVisitor().get(payment)).getString("status")).as("neither paid nor cancelled").isEqualTo("PENDING");
    assertThat(member.get(api + "activities/" + activity + "/plays").body()).isEqualTo("[]");
    // the same writes without the stranger go through
    assertThat(member.raw("POST", api + "tasks/" + signIn + "/completions", "application/json", "{}").statusCode()).isEqualTo(201);
    assertThat(member.raw("POST", api + "activities/" + activity + "/plays", "application/json", "{\"deviceId\":\"d\"}").statusCode()).isEqualTo(201);
  }

  @Test
  void requestTargetsTheUriParserRefusesAnswerAClean4xx() {
    MallShop shop = MallShop.open("Hostile Paths");
    String appId = shop.appId();
    long logMark = io.haven.system.ServerLog.mark();
    for (String page : List.of("/store/" + appId + "/x[y", "/store/" + appId + "/mall[", "/store/" + appId + "/]")) {
      RawHttp.Answer answer = RawHttp.send("GET", page, Map.of("Accept", "text/html"), new byte[0]);
      assertThat(answer.status()).as(page + " -> " + answer.body()).isBetween(400, 404);
      assertThat(answer.contentType()).as(page).startsWith("text/html");
      assertThat(answer.body()).doesNotContain("Exception").doesNotContainIgnoringCase("Internal Server Error");
    }
    for (String call : List.of("/store/" + appId + "/api/me[", "/store/" + appId + "/api/mall/listings/[1]/redemptions")) {
      RawHttp.Answer answer = RawHttp.send("GET", call, Map.of("Accept", "application/json"), new byte[0]);
      assertThat(answer.status()).as(call + " -> " + answer.body()).isBetween(400, 499);
      assertThat(answer.contentType()).as(call).startsWith("application/problem+json");
      assertThat(Json.createReader(new StringReader(answer.body())).readObject().getString("type")).startsWith("urn:haven:problem:");
    }
    // a client's mistake, logged at most at DEBUG: nothing in the server's log names it
    assertThat(io.haven.system.ServerLog.since(logMark)).as("not an incident").doesNotContain("x[y", "me[", "URISyntaxException", "Illegal character");
  }

  @Test
  void signedOutMemberPagesRedirectToThisStorefrontsSignIn() {
    MallShop shop = MallShop.open("Hostile Redirects");
    String appId = shop.appId();
    StorefrontVisitor guest = new StorefrontVisitor();
    for (String page : List.of("level", "profile", "mall/points", "mall/redemptions")) {
      HttpResponse<String> answer = guest.page("/" + appId + "/" + page);
      assertThat(answer.statusCode()).as(page).isEqualTo(303);
      String location = answer.headers().firstValue("Location").orElseThrow();
      String path = location.replaceFirst("^https?://[^/]+", "");
      assertThat(path).as(page).isEqualTo("/store/" + appId + "/sign-in?next=" + page);
      HttpResponse<String> signIn = guest.page(path.substring("/store".length()));
      assertThat(signIn.statusCode()).as(path).isEqualTo(200);
    }
  }
}
