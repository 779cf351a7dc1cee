package io.haven.system.storefront;

import static io.haven.system.storefront.StorefrontProblems.assertFieldProblem;
import static io.haven.system.storefront.StorefrontProblems.assertProblem;
import static io.haven.system.storefront.StorefrontVisitor.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Browser;
import io.haven.system.Fixtures;
import io.haven.system.Parallel;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import io.haven.system.TaskFixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "邀请好友" (issue 17) on the storefront: a member's invitation link and QR code, friends signing up
 * through it completing the member's "invite a new member" task once each within the cycle's
 * allowance — also when they sign up all at once — and a link naming another storefront's member
 * crediting nobody.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontInvitationsIT {

  private static final String PASSWORD = "Secret-2026";
  private static final AtomicLong PHONES = new AtomicLong(13300000000L + (System.nanoTime() % 1_000_000));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  private static JsonObject signUp(String phone, Long inviter) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("phone", phone).add("password", PASSWORD);
    if (inviter != null) {
      body.add("inviter", inviter);
    }
    return body.build();
  }

  private static StorefrontVisitor member(Fixtures.Enterprise shop, Long inviter) {
    StorefrontVisitor visitor = new StorefrontVisitor();
    HttpResponse<String> created = visitor.post("/" + shop.appId() + "/api/members", signUp(String.valueOf(PHONES.incrementAndGet()), inviter));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return visitor;
  }

  private static JsonObject invitations(Fixtures.Enterprise shop, StorefrontVisitor member) {
    HttpResponse<String> mine = member.get("/" + shop.appId() + "/api/me/invitations");
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    return json(mine);
  }

  private static long inviterId(JsonObject invitations) {
    String link = invitations.getString("link");
    return Long.parseLong(link.substring(link.indexOf("inviter=") + "inviter=".length()));
  }

  private static long balance(Fixtures.Enterprise shop, StorefrontVisitor member) {
    return json(member.get("/" + shop.appId() + "/api/tasks")).getJsonNumber("balance").longValue();
  }

  @Test
  void friendsSigningUpThroughTheLinkCreditTheInviterOnceEach() throws Exception {
    var shop = Fixtures.openEnterprise("Invite Shop", "HOSTED_LOGIN", null);
    TaskFixtures.task(shop, "INVITE_MEMBER", "邀请好友", 20, 2, 0);
    StorefrontVisitor inviter = member(shop, null);
    JsonObject mine = invitations(shop, inviter);
    assertThat(mine.getString("link")).startsWith(StorefrontVisitor.url("/" + shop.appId() + "/sign-up?inviter="));
    assertThat(mine.getInt("count")).isZero();
    long inviterId = inviterId(mine);

    HttpResponse<byte[]> qr = HttpClient.newHttpClient().send(
        inviter.request("/" + shop.appId() + "/api/me/invitations/qr.png").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(qr.statusCode()).isEqualTo(200);
    assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(ImageIO.read(new ByteArrayInputStream(qr.body())).getWidth()).isEqualTo(400);

    member(shop, inviterId);
    member(shop, inviterId);
    member(shop, inviterId); // beyond the day's two: recorded, not credited
    member(shop, null);

    assertThat(balance(shop, inviter)).isEqualTo(40);
    JsonObject after = invitations(shop, inviter);
    assertThat(after.getInt("count")).isEqualTo(3);
    assertThat(after.getInt("pointsEarned")).isEqualTo(40);

    HttpResponse<String> page = inviter.page("/" + shop.appId() + "/invite");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("data-page=\"invite\"", "邀请好友", "sign-up?inviter=" + inviterId);
    HttpResponse<String> guest = new StorefrontVisitor().page("/" + shop.appId() + "/invite");
    assertThat(guest.statusCode()).isEqualTo(303);
    assertThat(guest.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?next=invite"));
    assertProblem(new StorefrontVisitor().get("/" + shop.appId() + "/api/me/invitations"), 401, "member.signInRequired");
  }

  /** Twenty friends sign up through one link at the same moment, the task allows five a day: exactly five credits. */
  @Test
  @Tag("mariadb")
  void twentySignUpsAtOnceThroughOneLinkCreditTheAllowanceOnly() throws Exception {
    var shop = Fixtures.openEnterprise("Invite Race Shop", "HOSTED_LOGIN", null);
    TaskFixtures.task(shop, "INVITE_MEMBER", "邀请好友", 10, 5, 0);
    StorefrontVisitor inviter = member(shop, null);
    long inviterId = inviterId(invitations(shop, inviter));

    List<HttpResponse<String>> answers = Parallel.twenty(
        i -> new StorefrontVisitor().post("/" + shop.appId() + "/api/members", signUp(String.valueOf(PHONES.incrementAndGet()), inviterId)));

    Parallel.assertNoServerError(answers, 201);
    assertThat(balance(shop, inviter)).isEqualTo(50);
    assertThat(invitations(shop, inviter).getInt("count")).isEqualTo(20);
  }

  @Test
  void aLinkNamingAnotherStorefrontsMemberCreditsNobody() {
    var other = Fixtures.openEnterprise("Other Invite Shop", "HOSTED_LOGIN", null);
    TaskFixtures.task(other, "INVITE_MEMBER", "邀请好友", 10, 5, 0);
    StorefrontVisitor outsider = member(other, null);
    long outsiderId = inviterId(invitations(other, outsider));
    var shop = Fixtures.openEnterprise("Home Invite Shop", "HOSTED_LOGIN", null);
    TaskFixtures.task(shop, "INVITE_MEMBER", "邀请好友", 10, 5, 0);

    member(shop, outsiderId); // signs up here all the same

    assertThat(balance(other, outsider)).isZero();
    assertThat(invitations(other, outsider).getInt("count")).isZero();
    assertFieldProblem(new StorefrontVisitor().raw("POST", "/" + shop.appId() + "/api/members", "application/json",
        "{\"phone\":\"13312345678\",\"password\":\"" + PASSWORD + "\",\"inviter\":\"abc\"}"), 400, "malformed-json", "inviter");
  }

  @Test
  void onAPhoneAFriendOpensTheInvitationAndTheInviterSeesThePoints() {
    var shop = Fixtures.openEnterprise("邀请商城", "HOSTED_LOGIN", null);
    TaskFixtures.task(shop, "INVITE_MEMBER", "邀请好友", 30, 5, 10);
    String home = Server.store(shop.appId()) + "/";
    WebDriver phone = Browser.openPhone();
    WebDriverWait wait = new WebDriverWait(phone, Duration.ofSeconds(15));
    try {
      phone.get(home + "sign-up");
      phone.findElement(By.id("phone")).sendKeys(String.valueOf(PHONES.incrementAndGet()));
      phone.findElement(By.id("password")).sendKeys(PASSWORD);
      phone.findElement(By.cssSelector("[type=submit]")).click();
      wait.until(ExpectedConditions.urlToBe(home));
      phone.get(home + "tasks");
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-template=INVITE_MEMBER] [data-invite]"))).click();
      wait.until(ExpectedConditions.urlToBe(home + "invite"));
      String link = phone.findElement(By.cssSelector("[data-invite-link]")).getAttribute("value");
      assertThat(link).contains("/sign-up?inviter=");
      assertThat(phone.findElement(By.cssSelector("[data-invite-summary]")).getText()).isEqualTo("0 位好友 / 0 积分");
      Browser.screenshot(phone, "storefront-invite");

      // the friend, on another phone, opens the link and signs up
      WebDriver friend = Browser.openPhone();
      try {
        friend.get(link);
        friend.findElement(By.id("phone")).sendKeys(String.valueOf(PHONES.incrementAndGet()));
        friend.findElement(By.id("password")).sendKeys(PASSWORD);
        friend.findElement(By.cssSelector("[type=submit]")).click();
        new WebDriverWait(friend, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(home));
      } finally {
        friend.quit();
      }

      phone.navigate().refresh();
      wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-invite-summary]"), "1 位好友 / 30 积分"));
      assertThat(phone.findElements(By.cssSelector("[data-invitations] [data-invitation]"))).hasSize(1);
      Browser.screenshot(phone, "storefront-invite-credited");
    } finally {
      phone.quit();
    }
  }
}
