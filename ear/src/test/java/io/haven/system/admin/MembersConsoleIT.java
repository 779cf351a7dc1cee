package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An operator sets up member levels and a member task (V3, V4); the partner posts a completion
 * through the signed API; the member's growth value and level show in the members page, and a
 * manual debit beyond the balance is refused on its field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembersConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  private static File png(int width, int height) throws IOException {
    File file = File.createTempFile("badge", ".png");
    file.deleteOnExit();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file);
    return file;
  }

  @Test
  void levelsTaskCompletionAndMemberPoints() throws Exception {
    var enterprise = Fixtures.openEnterprise("Console Members", "HOSTED_LOGIN", null);
    String code = "checkin-" + UUID.randomUUID().toString().substring(0, 6);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      assertThat(console.text("menu")).contains("会员等级", "会员任务", "会员管理");

      console.go("/members/levels.xhtml");
      assertThat(console.text("levels:table")).contains("还没有等级");
      addLevel(console, "Silver", "100", png(64, 64));
      assertThat(console.growl()).contains("Silver");
      console.awaitHidden("levelDialog");

      // a second level must have a higher minimum: the inversion is refused on the field
      addLevel(console, "Gold", "50", png(64, 64));
      assertThat(console.text("levelForm:minGrowthMessage")).contains("须高于下一级");
      assertThat(console.isVisible("levelForm:name")).as("dialog stays open").isTrue();
      // a badge that is not square is refused on its field
      console.type("levelForm:minGrowth", "200");
      console.byId("levelForm:badge").sendKeys(png(64, 32).getAbsolutePath());
      console.click("levelForm:save");
      assertThat(console.text("levelForm:badgeMessage")).contains("正方形");
      console.byId("levelForm:badge").sendKeys(png(64, 64).getAbsolutePath());
      console.click("levelForm:save");
      assertThat(console.growl()).contains("Gold");
      console.awaitHidden("levelDialog");
      assertThat(console.text("levels:table")).contains("Silver", "Gold", "Lv1", "Lv2");
      console.screenshot("members-levels");

      console.go("/members/tasks.xhtml");
      console.click("tasks:add");
      console.type("taskForm:name", "每日打卡");
      console.type("taskForm:code", code);
      console.type("taskForm:growth", "150");
      console.type("taskForm:perCycle", "3");
      console.click("taskForm:save");
      assertThat(console.growl()).contains("每日打卡");
      console.awaitHidden("taskDialog");
      assertThat(console.text("tasks:table")).contains(code, "已上线");
      console.screenshot("members-tasks");

      // the partner's system syncs the member and posts the completion, signed
      String synced = signed(enterprise, "POST", "/api/v1/members", "{\"memberId\":\"M-77\",\"nickname\":\"小李\"}");
      assertThat(synced).contains("HTTP 201");
      String completed =
          signed(enterprise, "POST", "/api/v1/member-tasks/" + code + "/completions",
              "{\"memberId\":\"M-77\",\"occurredAt\":\"" + Instant.now().minusSeconds(5) + "\"}");
      assertThat(completed).contains("HTTP 201", "\"growthValue\":150", "\"name\":\"Silver\"");

      console.go("/members/members.xhtml");
      console.type("members:search", "M-77");
      console.awaitAjax();
      console.until(d -> console.text("members:table").contains("小李"));
      assertThat(console.text("members:table")).contains("M-77", "Silver", "150");
      console.screenshot("members-list");

      console.click(By.linkText("小李"));
      assertThat(console.text("growthValue")).isEqualTo("150");
      assertThat(console.text("level")).isEqualTo("Silver");
      assertThat(console.text("history:completions")).contains("每日打卡", code);

      console.click("ledger:move");
      console.visible("moveForm:amount");
      console.click(By.xpath("//*[@id='moveForm:direction']//*[contains(text(),'扣减')]"));
      console.type("moveForm:amount", "10");
      console.type("moveForm:reason", "Correction");
      console.click("moveForm:save");
      assertThat(console.text("moveForm:amountMessage")).contains("积分不足");
      console.screenshot("members-debit-refused");
      console.click(By.xpath("//*[@id='moveForm:direction']//*[contains(text(),'增加')]"));
      console.type("moveForm:amount", "20");
      console.click("moveForm:save");
      assertThat(console.growl()).contains("20");
      console.awaitHidden("moveDialog");
      assertThat(console.text("pointsBalance")).isEqualTo("20");
      assertThat(console.text("ledger:entries")).contains("Correction", "手动调整", enterprise.adminUsername());
    }
  }

  private static void addLevel(ConsoleBrowser console, String name, String minGrowth, File badge) {
    console.click("levels:add");
    console.visible("levelForm:name");
    console.type("levelForm:name", name);
    console.type("levelForm:minGrowth", minGrowth);
    console.byId("levelForm:badge").sendKeys(badge.getAbsolutePath());
    console.click("levelForm:save");
  }

  /** Runs the partner example script, as the README shows; answers stdout and stderr together. */
  private static String signed(Fixtures.Enterprise as, String method, String path, String body) throws Exception {
    Path script = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().resolveSibling("api/examples/signed-request.sh");
    ProcessBuilder builder = new ProcessBuilder(List.of("bash", script.toString(), method, path, body));
    builder.environment().put("APP_ID", as.appId());
    builder.environment().put("SECRET", as.apiSecret());
    builder.environment().put("BASE_URL", Server.base());
    builder.environment().put("IDEMPOTENCY_KEY", "console-it-" + UUID.randomUUID());
    builder.redirectErrorStream(true);
    Process process = builder.start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
