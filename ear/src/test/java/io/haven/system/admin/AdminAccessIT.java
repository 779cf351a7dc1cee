package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Who may see and do what in the console (T3, T6): another enterprise's data stays invisible and
 * out of reach even with forged requests, roles guard the pages, the platform operator opens
 * enterprises, disabled users stay out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminAccessIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void anotherEnterpriseSeesNoneOfOurProductsUsersOrAuditEntries() {
    var a = Fixtures.openEnterprise("Isolation A", "HOSTED_LOGIN", null);
    var b = Fixtures.openEnterprise("Isolation B", null, null);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(b.adminUsername(), b.adminPassword());
      assertThat(console.text("enterpriseName")).isEqualTo(b.name());

      console.go("/tenancy/products.xhtml");
      assertThat(console.text("products:table")).contains(b.appId()).doesNotContain(a.appId());
      console.type("products:search", a.appId());
      console.awaitText("没有符合条件的记录");

      console.go("/tenancy/users.xhtml");
      assertThat(console.text("users:table")).contains(b.adminUsername()).doesNotContain(a.adminUsername());
      console.type("users:search", a.adminUsername());
      console.awaitText("没有符合条件的记录");

      console.go("/tenancy/audit.xhtml");
      assertThat(console.text("audit:table")).contains(b.adminUsername()).doesNotContain(a.adminUsername());
      console.type("audit:actor", a.adminUsername());
      console.click("audit:search");
      assertThat(console.text("audit:table")).contains("没有符合条件的操作记录");

      console.go("/tenancy/credentials.xhtml");
      assertThat(console.text("credentials:table")).contains(b.appId()).doesNotContain(a.appId());
    }
  }

  @Test
  void forgedRequestsWithAnotherEnterprisesIdsAreRefused() throws Exception {
    var a = Fixtures.openEnterprise("Forgery A", "HOSTED_LOGIN", null);
    var b = Fixtures.openEnterprise("Forgery B", "HOSTED_LOGIN", null);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(b.adminUsername(), b.adminPassword());
      console.go("/tenancy/products.xhtml");
      String editButton = console.byId("products:table:0:edit").getAttribute("id");

      // The same request the edit button sends, first with B's own product: the forgery works
      // as a request, so a refusal below is the tenant check, not a malformed request.
      String own = rowAction(console, "/tenancy/products.xhtml", "products", editButton, "productDialog messages", "product", b.productId());
      assertThat(own).contains(b.appId());

      String forged = rowAction(console, "/tenancy/products.xhtml", "products", editButton, "productDialog messages", "product", a.productId());
      assertThat(forged).contains("记录不存在，或不属于当前企业").doesNotContain(a.appId());

      console.go("/tenancy/credentials.xhtml");
      String issueButton = console.byId("credentials:table:0:issue").getAttribute("id");
      String forgedIssue = rowAction(console, "/tenancy/credentials.xhtml", "credentials", issueButton, "secretDialog messages", "product", a.productId());
      assertThat(forgedIssue).contains("记录不存在，或不属于当前企业").doesNotContain(a.appId());

      // A's secret was not rotated: its credentials still show no rotation.
      console.signOut();
      console.signIn(a.adminUsername(), a.adminPassword());
      console.go("/tenancy/credentials.xhtml");
      var cells = console.byId("credentials:table_data").findElement(By.tagName("tr")).findElements(By.tagName("td"));
      assertThat(cells.get(4).getText()).as("rotated at").isBlank();
      assertThat(cells.get(5).getText()).as("previous valid until").isBlank();
    }
  }

  @Test
  void onlyThePlatformAdminOpensThePlatformPages() throws Exception {
    var enterprise = Fixtures.openEnterprise("Forbidden", null, null);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      assertThat(get(console, "/platform/enterprises.xhtml").statusCode()).isEqualTo(403);
      assertThat(get(console, "/index.xhtml").statusCode()).isEqualTo(200);

      console.go("/platform/enterprises.xhtml");
      assertThat(console.text("error")).contains("无权访问");
      assertThat(console.source()).doesNotContain("enterprises:table");
    }
  }

  @Test
  void thePlatformAdminOpensAnEnterpriseWhoseAdminCanThenSignIn() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String name = "Tea House " + suffix;
    String admin = "tea-" + suffix;
    try (var console = ConsoleBrowser.open()) {
      console.signIn("platform", "Haven-Demo-2026");
      assertThat(console.text("enterpriseName")).isEqualTo("平台运营");
      assertThat(console.text("menu")).contains("企业管理").doesNotContain("产品（子产品）");
      console.go("/platform/enterprises.xhtml");

      console.click("enterprises:open");
      console.type("openForm:name", name);
      console.click(By.xpath("//*[@id='openForm:edition']//*[contains(@class,'ui-button')][contains(.,'付费版')]"));
      console.type("openForm:username", admin);
      console.type("openForm:displayName", "Tea Admin");
      console.type("openForm:password", "short");
      console.click("openForm:save");
      assertThat(console.text("openForm")).contains("密码须为 8–128 个字符");

      console.type("openForm:password", "Tea-Pass-2026");
      console.click("openForm:save");
      assertThat(console.growl()).contains(name, admin);
      console.awaitHidden("openDialog");
      console.type("enterprises:search", suffix);
      console.until(d -> console.text("enterprises:table").contains(name) && !console.text("enterprises:table").contains("Demo Coffee"));
      assertThat(console.text("enterprises:table")).contains("付费版", "未确认");
      console.screenshot("admin-platform-enterprises");

      console.click("enterprises:table:0:changeEdition");
      console.click(By.xpath("//*[@id='editionForm:edition']//*[contains(@class,'ui-button')][contains(.,'免费版')]"));
      console.click("editionForm:save");
      console.awaitHidden("editionDialog");
      assertThat(console.text("enterprises:table")).contains(name, "免费版").doesNotContain("付费版");

      console.signOut();
      console.signIn(admin, "Tea-Pass-2026");
      assertThat(console.text("enterpriseName")).isEqualTo(name);
      assertThat(console.text("summaryEdition")).isEqualTo("免费版");
    }
  }

  @Test
  void aDisabledUserCannotSignInAndOthersSeeOnlyTheirPages() throws Exception {
    var enterprise = Fixtures.openEnterprise("Disabled", "HOSTED_LOGIN", null);
    String operator = "op-" + UUID.randomUUID().toString().substring(0, 8);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      console.go("/tenancy/users.xhtml");

      // Usernames are unique across the platform: the field says so.
      console.click("users:add");
      console.type("userForm:username", enterprise.adminUsername());
      console.type("userForm:displayName", "Copy");
      console.type("userForm:password", "Oper-Pass-2026");
      console.click("userForm:save");
      assertThat(console.text("userForm")).contains("该用户名已被使用");

      console.type("userForm:username", operator);
      console.type("userForm:displayName", "Shop Operator");
      console.choose("userForm:role", "CUSTOMER_SERVICE");
      console.type("userForm:password", "Oper-Pass-2026");
      console.click("userForm:save");
      assertThat(console.growl()).contains(operator);
      console.awaitHidden("userDialog");
      console.type("users:search", operator);
      console.until(d -> !console.text("users:table").contains(enterprise.adminUsername()));
      assertThat(console.text("users:table")).contains(operator, "客服", "正常");

      console.click("users:table:0:changeRole");
      console.choose("roleForm:role", "VERIFIER");
      console.click("roleForm:save");
      console.awaitHidden("roleDialog");
      assertThat(console.text("users:table")).contains("核销员").doesNotContain("客服");

      // Reset: the temporary password is shown once and works.
      console.click("users:table:0:resetPassword");
      console.confirm();
      String temporary = console.visible("passwordForm:temporaryPassword").getAttribute("value");
      assertThat(temporary).hasSizeGreaterThanOrEqualTo(8);
      console.screenshot("admin-users-reset");
      console.click("passwordForm:done");
      console.awaitHidden("passwordDialog");
      assertThat(console.source()).doesNotContain(temporary);

      console.signOut();
      console.signIn(operator, temporary);
      // a verifier (issue 14) lands on the counter page and can open nothing else of the console
      console.until(d -> d.getCurrentUrl().contains("/verify/index.xhtml"));
      assertThat(console.visible("counter:code").isDisplayed()).isTrue();
      for (String page : java.util.List.of("/tenancy/products.xhtml", "/mall/listings.xhtml", "/members/members.xhtml", "/coupons/coupons.xhtml",
          "/coupons/records/settlement.xhtml", "/mall/records/redemptions.csv")) {
        assertThat(get(console, page).statusCode()).as(page).isEqualTo(403);
      }
      console.signOut();

      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      console.go("/tenancy/users.xhtml");
      // An admin cannot lock themselves out.
      console.type("users:search", enterprise.adminUsername());
      console.until(d -> !console.text("users:table").contains(operator));
      console.click("users:table:0:disable");
      console.confirm();
      assertThat(console.text("messages")).contains("不能停用自己的账号");
      assertThat(console.text("users:table")).contains("正常");

      console.type("users:search", operator);
      console.until(d -> !console.text("users:table").contains(enterprise.adminUsername()));
      console.click("users:table:0:disable");
      console.confirm();
      assertThat(console.growl()).contains(operator);
      assertThat(console.text("users:table")).contains("已停用");
      console.screenshot("admin-users");
      console.signOut();

      console.signIn(operator, temporary);
      assertThat(console.driver.getCurrentUrl()).contains("/login.xhtml");
      assertThat(console.text("signIn:messages")).contains("账号已被停用");
    }
  }

  /** Replays a row button's ajax request with another id, as a tampering browser would. */
  private static String rowAction(
      ConsoleBrowser console, String page, String form, String button, String render, String parameter, long id)
      throws IOException, InterruptedException {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", button);
    fields.put("jakarta.faces.partial.execute", button);
    fields.put("jakarta.faces.partial.render", render);
    fields.put(button, button);
    fields.put(parameter, String.valueOf(id));
    fields.put(form, form);
    fields.put("jakarta.faces.ViewState", console.viewState());
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(Server.admin() + page))
                .header("Cookie", "JSESSIONID=" + console.sessionCookie())
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static HttpResponse<String> get(ConsoleBrowser console, String page) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(Server.admin() + page))
            .header("Cookie", "JSESSIONID=" + console.sessionCookie())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
