package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.Fixtures.Enterprise;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Activities in the console (A2–A4) as an enterprise admin uses them, in a real browser: a new
 * activity with a prize whose chance is typed as a percentage (the no-prize share follows as it is
 * typed; a chance above 100 % is refused in the dialog and nothing is saved), saved and published,
 * its details with the commitment, the member link and the QR code; the winner records page and
 * its CSV — and another enterprise's activity QR code is not found.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivitiesConsoleIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void anActivityIsCreatedWithExactOddsPublishedAndItsRecordsExported() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Activity Console", "HOSTED_LOGIN", null);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    MallData.Goods mug = MallData.goods(e, "Mug " + suffix, "PHYSICAL", 20, 10, false);
    String title = "Wheel " + suffix;
    try (var console = ConsoleBrowser.open()) {
      console.signIn(e.adminUsername(), e.adminPassword());
      assertThat(console.text("menu")).contains("营销活动", "活动管理", "中奖记录");
      console.go("/activities/activities.xhtml");
      assertThat(console.text("activities:table")).contains("还没有活动");

      console.click("activities:add");
      console.visible("activityForm:title");
      console.type("activityForm:title", title);
      setValue(console, "activityForm:startsAt_input", "2026-01-01 00:00");
      setValue(console, "activityForm:endsAt_input", "2036-01-01 00:00");
      console.click("activityForm:addPrize");
      console.choose("activityForm:prizeRows:0:prizeGoods", String.valueOf(mug.subInventoryId()));
      console.type("activityForm:prizeRows:0:prizeQuantity", "5");
      console.type("activityForm:prizeRows:0:prizePercent", "100.5");
      console.click("activityForm:savePublish");
      assertThat(console.text("activityForm:dialogMessages")).contains("中奖概率为 0 到 100%");
      assertThat(console.isVisible("activityForm:title")).as("dialog stays open").isTrue();

      console.type("activityForm:prizeRows:0:prizePercent", "12.5");
      console.until(d -> console.text("activityForm:noPrize").contains("87.5 %"));
      console.click("activityForm:savePublish");
      awaitGrowl(console, title);
      console.awaitHidden("activityDialog");
      assertThat(console.text("activities:table")).contains(title, "已上线", "0 / 0");

      console.click("activities:table:0:detail");
      console.visible("detailForm:detail");
      assertThat(console.text("detailCommitment")).matches("[0-9a-f]{64}");
      assertThat(console.text("detailNoPrize")).contains("87.5 %");
      assertThat(console.text("detailForm:detail")).contains("12.5 %", "Mug " + suffix);
      String link = console.text("detailLink");
      assertThat(link).matches("https?://.+/store/" + e.appId() + "/activities/\\d+");
      long activityId = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
      HttpResponse<byte[]> qr = getBytes(console, Server.admin() + "/activities/promotion.png?activity=" + activityId);
      assertThat(qr.statusCode()).isEqualTo(200);
      assertThat(qr.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
      console.screenshot("activity-detail");

      console.go("/activities/records/plays.xhtml");
      assertThat(console.text("records:table")).contains("还没有参与记录");
      HttpResponse<byte[]> csv = getBytes(console, Server.admin() + "/activities/records/plays.csv?activity=" + activityId);
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF记录号,活动,会员账号");
      assertThat(getBytes(console, Server.admin() + "/activities/records/plays.csv?from=not-a-date").statusCode()).isEqualTo(400);
    }

    Enterprise other = Fixtures.openEnterprise("Activity Console Other", "HOSTED_LOGIN", null);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(other.adminUsername(), other.adminPassword());
      console.go("/activities/activities.xhtml");
      assertThat(console.text("activities:table")).doesNotContain(title);
      console.go("/activities/records/plays.xhtml");
      assertThat(console.text("records:table")).contains("还没有参与记录");
    }
  }

  private static void setValue(ConsoleBrowser console, String id, String value) {
    ((JavascriptExecutor) console.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", console.byId(id).getAttribute("id"), value);
  }

  private static void awaitGrowl(ConsoleBrowser console, String... texts) {
    console.until(
        d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
            .anyMatch(m -> Arrays.stream(texts).allMatch(t -> m.getText().contains(t))));
  }

  private static HttpResponse<byte[]> getBytes(ConsoleBrowser console, String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + console.sessionCookie()).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
