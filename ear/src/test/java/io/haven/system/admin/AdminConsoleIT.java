package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.SystemDeployment;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * An enterprise admin's day in the console (T1–T4, V5 credentials), in a real browser against the
 * real EAR: sign-in, products, the one-time login scheme, API secrets, the audit log, languages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void anEnterpriseAdminSignsInAndSeesTheirEnterprise() {
    var enterprise = Fixtures.openEnterprise("Console Home", null, null);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());

      assertThat(console.text("enterpriseName")).isEqualTo(enterprise.name());
      assertThat(console.text("summaryName")).isEqualTo(enterprise.name());
      assertThat(console.text("summaryEdition")).isEqualTo("付费版");
      // Not confirmed yet: the home page says so and leads to the confirmation.
      assertThat(console.text("summaryScheme")).contains("未确认");
      assertThat(console.text("schemeCallout")).contains("尚未完成登录方案确认");
      assertThat(console.text("menu")).contains("产品（子产品）", "控制台用户", "登录方案确认", "API 凭证", "操作日志");
      assertThat(console.text("menu")).doesNotContain("企业管理");
      console.screenshot("admin-home");

      console.click("confirmScheme");
      assertThat(console.text("pageTitle")).isEqualTo("登录方案确认");
    }
  }

  @Test
  void theEnterpriseNameIsEditedAndChecked() {
    var enterprise = Fixtures.openEnterprise("Console Rename", null, null);
    String renamed = "Renamed " + UUID.randomUUID().toString().substring(0, 6);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      console.go("/tenancy/enterprise.xhtml");
      assertThat(console.byId("enterpriseForm:name").getAttribute("value")).isEqualTo(enterprise.name());
      assertThat(console.text("enterpriseId")).isEqualTo(String.valueOf(enterprise.tenantId()));

      console.byId("enterpriseForm:name").clear();
      console.click("enterpriseForm:save");
      assertThat(console.text("enterpriseForm")).contains("企业名称须为 1–100 个字符");
      console.go("/tenancy/enterprise.xhtml");
      assertThat(console.text("enterpriseName")).isEqualTo(enterprise.name());

      console.type("enterpriseForm:name", renamed);
      console.click("enterpriseForm:save");
      assertThat(console.growl()).contains("企业名称已保存");
      assertThat(console.text("enterpriseName")).as("the header follows").isEqualTo(renamed);
      console.screenshot("admin-enterprise");
    }
  }

  @Test
  void wrongPasswordsAndUnknownUsersAreRefusedOnTheForm() {
    var enterprise = Fixtures.openEnterprise("Console Refusals", null, null);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(enterprise.adminUsername(), "Wrong-Pass-1");
      assertThat(console.driver.getCurrentUrl()).contains("/login.xhtml");
      assertThat(console.text("signIn:messages")).contains("用户名或密码错误");

      console.signIn("nobody-" + UUID.randomUUID(), "Whatever-1");
      assertThat(console.text("signIn:messages")).contains("用户名或密码错误");
      console.screenshot("admin-sign-in-refused");

      // Nothing of the console is reachable without signing in; after signing in, the page asked
      // for opens (failed attempts leave nothing behind that would stop that).
      console.go("/tenancy/products.xhtml");
      assertThat(console.driver.getCurrentUrl()).contains("/login.xhtml");
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      assertThat(console.driver.getCurrentUrl()).contains("/tenancy/products.xhtml");
      assertThat(console.text("products:table")).contains(enterprise.appId());
    }
  }

  @Test
  void aBadPointsRateIsRefusedOnTheFieldAndAValidProductIsListedAndAudited() {
    var enterprise = Fixtures.openEnterprise("Console Products", null, null);
    String name = "Tea App " + UUID.randomUUID().toString().substring(0, 6);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      console.go("/tenancy/products.xhtml");
      assertThat(console.text("products:table")).contains(enterprise.appId());

      console.click("products:add");
      console.visible("productForm:name");
      console.type("productForm:name", name);
      console.type("productForm:pointsRate", "0");
      console.click("productForm:save");
      assertThat(console.text("productForm:pointsRateMessage")).contains("积分汇率须为 1–1000000 的整数");
      assertThat(console.isVisible("productForm:name")).as("dialog stays open").isTrue();

      console.type("productForm:pointsRate", "1.5");
      console.click("productForm:save");
      assertThat(console.text("productForm:pointsRateMessage")).contains("积分汇率须为 1–1000000 的整数");
      assertThat(console.byId("productForm:pointsRate").getAttribute("value")).as("what was typed stays").isEqualTo("1.5");
      console.screenshot("admin-products-refused");

      // Nothing was saved by the refused attempts.
      console.go("/tenancy/products.xhtml");
      assertThat(console.text("products:table")).doesNotContain(name);

      console.click("products:add");
      console.type("productForm:name", name);
      console.type("productForm:pointsRate", "12");
      console.click("productForm:save");
      assertThat(console.growl()).contains(name);
      console.awaitHidden("productDialog");
      WebElement row = productRow(console, name);
      assertThat(row.getText()).contains("12 积分/元").containsPattern("hv[a-z0-9]{16}");
      console.screenshot("admin-products");

      // Search narrows the list on the server.
      console.type("products:search", name);
      console.awaitAjax();
      console.until(d -> !console.text("products:table").contains(enterprise.appId()));
      assertThat(console.text("products:table")).contains(name);
      console.type("products:search", "no-such-product-xyz");
      console.awaitText("没有符合条件的记录");

      // The audit log shows who created it.
      console.go("/tenancy/audit.xhtml");
      WebElement created =
          console.driver.findElements(By.cssSelector("[id='audit:table_data'] tr")).stream()
              .filter(tr -> tr.getText().contains(name))
              .findFirst()
              .orElseThrow();
      assertThat(created.getText()).contains(enterprise.adminUsername(), "新增", "产品");
      console.choose("audit:action", "UPDATE");
      console.click("audit:search");
      assertThat(console.text("audit:table")).doesNotContain("pointsRate: 12");
      console.click("audit:clear");
      console.type("audit:actor", enterprise.adminUsername());
      console.type("audit:text", name);
      console.click("audit:search");
      assertThat(console.text("audit:table")).contains(name, enterprise.adminUsername());
      console.screenshot("admin-audit");
    }
  }

  @Test
  void aProductEditedMeanwhileIsNotOverwritten() {
    var enterprise = Fixtures.openEnterprise("Console Stale", null, null);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      console.go("/tenancy/products.xhtml");
      String first = console.driver.getWindowHandle();
      editFirstProduct(console);
      assertThat(console.byId("productForm:appId").getAttribute("value")).isEqualTo(enterprise.appId());

      // Someone else saves the same product in another tab meanwhile.
      console.driver.switchTo().newWindow(WindowType.TAB);
      console.go("/tenancy/products.xhtml");
      editFirstProduct(console);
      console.type("productForm:pointsRate", "20");
      console.click("productForm:save");
      assertThat(console.growl()).contains("已保存");

      console.driver.switchTo().window(first);
      console.type("productForm:pointsRate", "30");
      console.click("productForm:save");
      assertThat(console.text("productForm:dialogMessages")).contains("已被他人修改");
      console.go("/tenancy/products.xhtml");
      assertThat(console.text("products:table")).contains("20 积分/元").doesNotContain("30 积分/元");
    }
  }

  @Test
  void ownLoginNeedsAValidCallbackUrlAndHostedLoginIsThenConfirmedForGood() {
    var enterprise = Fixtures.openEnterprise("Console Scheme", null, null);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      console.go("/tenancy/login-scheme.xhtml");
      assertThat(console.text("schemeForm:choose")).contains("自有登录", "自有公众号授权登录", "安心托管登录", "推荐");

      chooseScheme(console, "OWN_LOGIN");
      console.type("schemeForm:callbackUrl", "ftp://login.example.com/check");
      console.click("schemeForm:confirm");
      console.confirm();
      assertThat(console.text("schemeForm:callbackUrlMessage")).contains("http:// 或 https://");
      assertThat(console.byId("schemeForm:callbackUrl").getAttribute("value")).isEqualTo("ftp://login.example.com/check");
      console.screenshot("admin-login-scheme");

      // Refused means nothing was confirmed.
      console.go("/tenancy/login-scheme.xhtml");
      assertThat(console.isVisible("schemeForm:confirm")).isTrue();

      chooseScheme(console, "HOSTED_LOGIN");
      console.click("schemeForm:confirm");
      assertThat(console.bodyText()).contains("登录方案一经确认，将永久生效且不可更改");
      console.confirm();
      assertThat(console.text("confirmedScheme")).isEqualTo("安心托管登录");
      assertThat(console.text("confirmedBy")).isEqualTo(enterprise.adminUsername());
      console.screenshot("admin-login-scheme-confirmed");

      console.go("/tenancy/login-scheme.xhtml");
      assertThat(console.text("confirmedScheme")).isEqualTo("安心托管登录");
      assertThat(console.driver.findElements(By.id("schemeForm:confirm"))).isEmpty();
      console.go("/index.xhtml");
      assertThat(console.text("summaryScheme")).contains("安心托管登录");
    }
  }

  @Test
  void aNewApiSecretIsShownOnceWithItsGraceEnd() {
    var enterprise = Fixtures.openEnterprise("Console Secrets", "HOSTED_LOGIN", null);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      console.go("/tenancy/credentials.xhtml");
      WebElement row = console.byId("credentials:table_data").findElement(By.tagName("tr"));
      assertThat(row.getText()).contains(enterprise.appId(), "已生成", "轮换密钥");

      console.click("credentials:table:0:issue");
      console.confirm();
      String secret = console.visible("secretForm:secret").getAttribute("value");
      assertThat(secret).hasSizeGreaterThan(30).isNotEqualTo(enterprise.apiSecret());
      assertThat(console.text("secretForm")).contains("只显示这一次", enterprise.appId());
      assertThat(console.text("graceEnd")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\(宽限 24 小时\\)");
      console.screenshot("admin-credentials-secret");

      console.click("secretForm:done");
      console.awaitHidden("secretDialog");
      assertThat(console.source()).doesNotContain(secret);
      row = console.byId("credentials:table_data").findElement(By.tagName("tr"));
      assertThat(row.getText()).matches("(?s).*\\d{2}:\\d{2}:\\d{2}.*\\d{2}:\\d{2}:\\d{2}.*\\d{2}:\\d{2}:\\d{2}.*");
      console.go("/tenancy/credentials.xhtml");
      assertThat(console.source()).doesNotContain(secret);

      // the grace period is chosen per rotation: 0 to 168 hours, refused on its field otherwise
      console.type("credentials:graceHours", "200");
      console.click("credentials:table:0:issue");
      console.confirm();
      assertThat(console.text("credentials:graceHoursMessage")).contains("0 到 168");
      assertThat(console.isVisible("secretForm:secret")).isFalse();
      console.type("credentials:graceHours", "2");
      console.click("credentials:table:0:issue");
      console.confirm();
      console.visible("secretForm:secret");
      assertThat(console.text("graceEnd")).endsWith("(宽限 2 小时)");
      console.click("secretForm:done");
      console.awaitHidden("secretDialog");
    }
  }

  @Test
  void theEnglishSwitchChangesEveryLabel() {
    var enterprise = Fixtures.openEnterprise("Console Languages", null, null);
    try (var console = ConsoleBrowser.open()) {
      console.go("/login.xhtml");
      // the switch reloads the page: wait for the new one (reading the old body raced with it)
      console.click("language:en");
      console.awaitText("Sign in to the console");
      console.click("language:zh");
      console.awaitText("登录控制台");

      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      console.go("/tenancy/products.xhtml");
      assertThat(console.text("products:add")).isEqualTo("新增产品");
      console.click("topbar:en");
      console.awaitText("Add product");
      assertThat(console.text("pageTitle")).isEqualTo("Products");
      assertThat(console.text("products:add")).isEqualTo("Add product");
      assertThat(console.text("menu")).contains("Console users", "Login scheme", "Audit log");
      assertThat(console.text("products:table")).contains("10 points per yuan");
      console.screenshot("admin-products-en");
      console.click("topbar:zh");
      assertThat(console.text("products:add")).isEqualTo("新增产品");
    }
  }

  /** Picks a scheme and waits until the page shows it picked (the choice re-renders the options). */
  private static void chooseScheme(ConsoleBrowser console, String scheme) {
    console.click(By.cssSelector("[data-scheme='" + scheme + "'] .ui-radiobutton-box"));
    console.until(d -> !d.findElements(By.cssSelector(".scheme-option.selected[data-scheme='" + scheme + "']")).isEmpty());
  }

  private static void editFirstProduct(ConsoleBrowser console) {
    console.click("products:table:0:edit");
    console.visible("productForm:name");
  }

  private static WebElement productRow(ConsoleBrowser console, String name) {
    console.awaitText(name);
    return console.driver.findElements(By.cssSelector("[id='products:table_data'] tr")).stream()
        .filter(tr -> tr.getText().contains(name))
        .findFirst()
        .orElseThrow();
  }
}
