package io.haven.system.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.haven.system.Browser;
import io.haven.system.Fixtures;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The storefront as a member sees it: Chromium in a phone-sized window, clicking and typing. Saves
 * screenshots of every page state it reaches (target/screenshots/storefront-*.png).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontPhoneIT {

  private static final String PASSWORD = "Secret-2026";

  private WebDriver phone;
  private WebDriverWait wait;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @BeforeEach
  void openPhone() {
    phone = Browser.openPhone();
    wait = new WebDriverWait(phone, Duration.ofSeconds(15));
  }

  @AfterEach
  void closePhone() {
    phone.quit();
  }

  @Test
  void memberSignsUpEditsProfileSignsOutAndSignsInAgain() {
    var shop = Fixtures.openEnterprise("茶语", "HOSTED_LOGIN", null);
    String home = Server.store(shop.appId()) + "/";
    phone.get(home);
    assertThat(visible("[data-testid=guest-card]").getText()).contains("登录享会员权益");
    Browser.screenshot(phone, "storefront-home-guest");

    phone.findElement(By.linkText("注册")).click();
    wait.until(ExpectedConditions.urlToBe(home + "sign-up"));
    type("#phone", "13912345678");
    type("#password", "abc");
    type("#nickname", "小红");
    submit();
    WebElement passwordError = visible("[data-error-for=password]");
    assertThat(passwordError.getText()).isEqualTo("密码需为 8–128 位，且同时包含字母和数字");
    assertThat(phone.findElement(By.id("password")).getAttribute("aria-invalid")).isEqualTo("true");
    Browser.screenshot(phone, "storefront-sign-up-errors");

    type("#password", PASSWORD);
    submit();
    wait.until(ExpectedConditions.urlToBe(home));
    assertThat(visible("[data-testid=member-card]").getText()).contains("小红", "139****5678", "会员");
    Browser.screenshot(phone, "storefront-home-member");

    phone.findElement(By.linkText("我的资料")).click();
    wait.until(ExpectedConditions.urlToBe(home + "profile"));
    assertThat(phone.findElement(By.id("nickname")).getAttribute("value")).isEqualTo("小红");
    type("#nickname", "小红帽");
    ((JavascriptExecutor) phone).executeScript("arguments[0].value = '1995-08-08'", phone.findElement(By.id("birthday")));
    submit();
    assertThat(visible("[data-toast]").getText()).isEqualTo("已保存");
    wait.until(ExpectedConditions.textToBe(By.cssSelector(".profile-head__name"), "小红帽"));
    Browser.screenshot(phone, "storefront-profile");

    phone.navigate().refresh();
    assertThat(phone.findElement(By.id("nickname")).getAttribute("value")).isEqualTo("小红帽");
    assertThat(phone.findElement(By.id("birthday")).getAttribute("value")).isEqualTo("1995-08-08");

    phone.findElement(By.cssSelector("[data-sign-out]")).click();
    wait.until(ExpectedConditions.urlToBe(home));
    visible("[data-testid=guest-card]");

    phone.findElement(By.linkText("登录")).click();
    wait.until(ExpectedConditions.urlToBe(home + "sign-in"));
    Browser.screenshot(phone, "storefront-sign-in");
    type("#phone", "13912345678");
    type("#password", "Wrong-2026");
    submit();
    assertThat(visible("[data-error-for='']").getText()).isEqualTo("手机号或密码错误");
    Browser.screenshot(phone, "storefront-sign-in-error");
    type("#password", PASSWORD);
    submit();
    wait.until(ExpectedConditions.urlToBe(home));
    assertThat(visible("[data-testid=member-card]").getText()).contains("小红帽");
  }

  @Test
  void memberSwitchesToEnglishAndTheChoiceStays() {
    var shop = Fixtures.openEnterprise("Bilingual", "HOSTED_LOGIN", null);
    phone.get(Server.store(shop.appId()) + "/sign-in");
    assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("登录");

    phone.findElement(By.cssSelector("[data-lang-toggle]")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
    assertThat(phone.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(phone.findElement(By.id("phone")).getAttribute("placeholder")).isEqualTo("Your phone number");
    type("#phone", "12ab");
    type("#password", PASSWORD);
    submit();
    assertThat(visible("[data-error-for='']").getText()).isEqualTo("Phone number or password is wrong");
    Browser.screenshot(phone, "storefront-sign-in-en");

    phone.navigate().refresh();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
    phone.findElement(By.cssSelector("[data-lang-toggle]")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "登录"));
    phone.navigate().refresh();
    assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("登录");
  }

  @Test
  void memberArrivesFromTheEnterprisesAppWithAToken() throws IOException {
    HttpServer enterprise = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    enterprise.createContext(
        "/login-state",
        exchange -> {
          String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          boolean valid = body.contains("\"app-token-42\"");
          byte[] answer = (valid ? "{\"memberId\":\"VIP-42\",\"nickname\":\"王小明\"}" : "{}").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(valid ? 200 : 401, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    enterprise.start();
    try {
      var shop = Fixtures.openEnterprise("自有登录", "OWN_LOGIN", "http://127.0.0.1:" + enterprise.getAddress().getPort() + "/login-state");
      String home = Server.store(shop.appId()) + "/";

      phone.get(home);
      assertThat(visible("[data-testid=guest-card]").getText()).contains("本商城使用品牌自有账号登录").doesNotContain("注册");
      assertThat(phone.findElement(By.cssSelector("a[href$='/sign-in']")).isDisplayed()).as("no hosted sign-in").isFalse();

      phone.get(home + "?token=expired-token");
      WebElement failed = visible("[data-state=failed]");
      assertThat(failed.getText()).contains("登录失败", "登录凭证无效或已过期");
      assertThat(phone.getCurrentUrl()).doesNotContain("token=").endsWith("/own-login");
      assertThat(phone.findElement(By.cssSelector("[data-retry]")).isDisplayed()).isFalse();

      phone.get(home + "?token=app-token-42");
      wait.until(ExpectedConditions.urlToBe(home));
      assertThat(visible("[data-testid=member-card]").getText()).contains("王小明", "VIP-42");
      Browser.screenshot(phone, "storefront-own-login-member");
    } finally {
      enterprise.stop(0);
    }
  }

  @Test
  void anEnterpriseLoginServiceThatIsDownCanBeRetried() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    var shop = Fixtures.openEnterprise("Down", "OWN_LOGIN", "http://127.0.0.1:" + closedPort + "/login-state");
    phone.get(Server.store(shop.appId()) + "/own-login?token=t-1");
    assertThat(visible("[data-state=failed]").getText()).contains("品牌的登录服务暂时没有响应");
    assertThat(visible("[data-retry]").getText()).isEqualTo("重试");
    Browser.screenshot(phone, "storefront-own-login-down");
  }

  @Test
  void unknownAndNotYetOpenStorefrontsSaySo() {
    phone.get(Server.store("hvzzzzzzzzzzzzzzzz") + "/");
    assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("页面不存在");
    Browser.screenshot(phone, "storefront-not-found");

    var early = Fixtures.openEnterprise("筹备中", null, null);
    phone.get(Server.store(early.appId()) + "/");
    assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("商城尚未开放");
    assertThat(phone.findElement(By.cssSelector(".empty__brand")).getText()).isEqualTo(early.name());
    Browser.screenshot(phone, "storefront-not-open");
  }

  private WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private void type(String css, String text) {
    WebElement input = phone.findElement(By.cssSelector(css));
    input.clear();
    input.sendKeys(text);
  }

  private void submit() {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[type=submit]"))).click();
  }
}
