package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.Fixtures.Enterprise;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Issue 10, bulk points in the console: an operator uploads a CSV on the members page and sees
 * every row's result; uploading the same file again moves nothing twice and says so per row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkPointsConsoleIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void aCsvIsAppliedRowByRowAndAReUploadMovesNothingTwice() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Bulk Points Console", "HOSTED_LOGIN", null);
    member(e, "13900000101", 0);
    Path csv = Files.createTempFile("bulk-points", ".csv");
    Files.writeString(
        csv, "会员,积分,原因,参考号\n13900000101,120,春节红包,SPRING-1\n13900009999,5,没有这个会员,SPRING-2\n", StandardCharsets.UTF_8);

    try (var console = ConsoleBrowser.open()) {
      console.signIn(e.adminUsername(), e.adminPassword());
      console.go("/members/members.xhtml");
      console.click("members:bulkPoints");
      console.visible("bulkForm:productId");
      console.byId("bulkForm:file_input").sendKeys(csv.toString());
      awaitText(console, "bulkForm:result", "已发放 1 行，之前已发放 0 行，被拒绝 1 行");
      assertThat(console.text("bulkForm:rows")).contains("SPRING-1", "已发放", "SPRING-2", "该产品没有此手机号或会员 ID 的会员");
      console.screenshot("members-bulk-points");
      awaitText(console, "members:table", "120");

      console.byId("bulkForm:file_input").sendKeys(csv.toString());
      awaitText(console, "bulkForm:result", "已发放 0 行，之前已发放 1 行，被拒绝 1 行");
      assertThat(console.text("bulkForm:rows")).contains("之前已发放（参考号相同），未重复加减");
      console.go("/members/members.xhtml");
      assertThat(console.text("members:table")).contains("13900000101", "120").doesNotContain("240");
    }
  }

  private static void member(Enterprise e, String phone, long points) throws IOException, InterruptedException {
    String body =
        Json.createObjectBuilder()
            .add("tenantId", e.tenantId())
            .add("appId", e.appId())
            .add("phone", phone)
            .add("password", "Member-Pass-1")
            .add("points", points)
            .build()
            .toString();
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(Server.base() + "/it-fixtures/mall-storefront/members"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private static void awaitText(ConsoleBrowser console, String id, String text) {
    console.until(
        d -> {
          try {
            return console.text(id).contains(text);
          } catch (StaleElementReferenceException replaced) {
            return false;
          }
        });
  }
}
