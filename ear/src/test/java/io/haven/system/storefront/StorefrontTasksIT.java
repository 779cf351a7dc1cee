package io.haven.system.storefront;

import static io.haven.system.storefront.StorefrontProblems.assertFieldProblem;
import static io.haven.system.storefront.StorefrontProblems.assertProblem;
import static io.haven.system.storefront.StorefrontVisitor.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Browser;
import io.haven.system.Fixtures;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import io.haven.system.TaskFixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * K5, the task centre from outside: over HTTP as the page's script talks to it (sign in daily,
 * the second sign-in refused clearly, receipts pending, problems on their field, other stores and
 * guests refused), and in a phone-sized Chromium as a member uses it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontTasksIT {

  private static final String PASSWORD = "Secret-2026";
  private static final AtomicLong PHONES = new AtomicLong(13600000000L + (System.nanoTime() % 1_000_000));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  private static JsonObject signUp(String phone) {
    return Json.createObjectBuilder().add("phone", phone).add("password", PASSWORD).add("nickname", "任务达人").build();
  }

  private static JsonObject receipt(byte[]... images) {
    var list = Json.createArrayBuilder();
    for (byte[] image : images) {
      list.add("data:image/png;base64," + Base64.getEncoder().encodeToString(image));
    }
    return Json.createObjectBuilder().add("images", list).build();
  }

  @Test
  void aMemberSignsInDailyOnceAndUploadsAReceiptForReview() {
    var shop = Fixtures.openEnterprise("Task Shop", "HOSTED_LOGIN", null);
    long signIn = TaskFixtures.task(shop, "DAILY_SIGN_IN", "每日签到", 5, 1, 10);
    long upload = TaskFixtures.task(shop, "UPLOAD_RECEIPT", "上传小票", 30, 2, 5);
    String api = "/" + shop.appId() + "/api/";

    var guest = new StorefrontVisitor();
    HttpResponse<String> guestList = guest.get(api + "tasks");
    assertThat(guestList.statusCode()).isEqualTo(200);
    assertThat(json(guestList).getBoolean("member")).isFalse();
    assertThat(json(guestList).getJsonArray("tasks")).extracting(v -> ((JsonObject) v).getString("title")).containsExactly("每日签到", "上传小票");
    assertProblem(guest.post(api + "tasks/" + signIn + "/completions", Json.createObjectBuilder().build()), 401, "member.signInRequired");

    var member = new StorefrontVisitor();
    assertThat(member.post(api + "members", signUp(String.valueOf(PHONES.incrementAndGet()))).statusCode()).isEqualTo(201);
    HttpResponse<String> first = member.post(api + "tasks/" + signIn + "/completions", Json.createObjectBuilder().build());
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(json(first).getInt("points")).isEqualTo(5);
    assertThat(json(first).getInt("balance")).isEqualTo(5);

    JsonObject refused = assertProblem(member.post(api + "tasks/" + signIn + "/completions", Json.createObjectBuilder().build()), 409, "task.cycleFull");
    assertThat(refused.getString("detail")).isEqualTo("本周期的完成次数已用完，请等下个周期再来");
    JsonObject english = assertProblem(
        member.speaking("en").post(api + "tasks/" + signIn + "/completions", Json.createObjectBuilder().build()), 409, "task.cycleFull");
    assertThat(english.getString("detail")).contains("this cycle");
    member.speaking(null);

    JsonObject card = json(member.get(api + "tasks")).getJsonArray("tasks").getJsonObject(0);
    assertThat(card.getInt("done")).isEqualTo(1);
    assertThat(card.getBoolean("completable")).isFalse();
    assertThat(card.getString("nextCycleAt")).isNotBlank();
    assertThat(json(member.get(api + "tasks")).getInt("balance")).isEqualTo(5);

    // receipts: checked by content on the field, then pending
    assertFieldProblem(member.post(api + "tasks/" + upload + "/receipts", receipt("<svg/>".getBytes())), 400, "upload.image.type", "images");
    assertFieldProblem(member.post(api + "tasks/" + upload + "/receipts", receipt()), 400, "task.receipt.count", "images");
    assertProblem(member.raw("POST", api + "tasks/" + upload + "/receipts", "multipart/form-data; boundary=x", "--x--"), 415, "request.mediaType");
    HttpResponse<String> sent = member.post(api + "tasks/" + upload + "/receipts", receipt(TaskFixtures.png(30, 40, 0xeeeeee), TaskFixtures.png(8, 8, 0x333333)));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    assertThat(json(sent).getString("status")).isEqualTo("PENDING");
    assertThat(json(sent).containsKey("memberName")).isFalse();
    HttpResponse<String> mine = member.get(api + "tasks/submissions");
    assertThat(mine.body()).contains("\"status\":\"PENDING\"", "上传小票");
    // an upload task is not completed by its button
    assertProblem(member.post(api + "tasks/" + upload + "/completions", Json.createObjectBuilder().build()), 409, "task.notByMember");
  }

  /**
   * A storefront body over 10 MB is refused with 413 problem+json before it is parsed, whether it
   * declares its length or comes chunked; nothing of it is stored. Just under the limit the body is
   * read and judged on its content as usual.
   */
  @Test
  void aBodyOverTenMegabytesIsRefusedWith413AndNothingIsStored() {
    var shop = Fixtures.openEnterprise("Big Body Shop", "HOSTED_LOGIN", null);
    long upload = TaskFixtures.task(shop, "UPLOAD_RECEIPT", "上传小票", 30, 2, 5);
    String receipts = "/" + shop.appId() + "/api/tasks/" + upload + "/receipts";
    var member = new StorefrontVisitor();
    assertThat(member.post("/" + shop.appId() + "/api/members", signUp(String.valueOf(PHONES.incrementAndGet()))).statusCode()).isEqualTo(201);

    String padding = "A".repeat(10 * 1024 * 1024);
    String tooLarge = "{\"images\":[\"" + padding + "\"]}";
    JsonObject declared = assertProblem(member.raw("POST", receipts, "application/json", tooLarge), 413, "request.tooLarge");
    assertThat(declared.getString("detail")).contains("10 MB");
    HttpResponse<String> chunked = member.send(member.request(receipts)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tooLarge.getBytes(StandardCharsets.US_ASCII)))));
    assertProblem(chunked, 413, "request.tooLarge");
    // under the limit the same kind of body reaches the resource, which judges the image itself
    String underLimit = "{\"images\":[\"" + padding.substring(0, 100 * 1024) + "\"]}";
    assertThat(member.raw("POST", receipts, "application/json", underLimit).statusCode()).isEqualTo(400);
    assertThat(member.get("/" + shop.appId() + "/api/tasks/submissions").body()).doesNotContain("PENDING");
  }

  @Test
  void anotherStorefrontCannotCompleteThisStoresTask() {
    var shop = Fixtures.openEnterprise("Task Owner", "HOSTED_LOGIN", null);
    long signIn = TaskFixtures.task(shop, "DAILY_SIGN_IN", "签到", 5, 1, 0);
    var other = Fixtures.openEnterprise("Task Thief", "HOSTED_LOGIN", null);
    var thief = new StorefrontVisitor();
    String otherApi = "/" + other.appId() + "/api/";
    assertThat(thief.post(otherApi + "members", signUp(String.valueOf(PHONES.incrementAndGet()))).statusCode()).isEqualTo(201);
    assertProblem(thief.post(otherApi + "tasks/" + signIn + "/completions", Json.createObjectBuilder().build()), 404, "notFound");
    assertThat(json(thief.get(otherApi + "tasks")).getJsonArray("tasks")).isEmpty();
    // and its session is worth nothing on the owner's storefront
    assertProblem(thief.post("/" + shop.appId() + "/api/tasks/" + signIn + "/completions", Json.createObjectBuilder().build()), 401, "member.signInRequired");
  }

  @Test
  void onAPhoneAMemberSignsInForPointsAndUploadsAReceipt() throws IOException {
    var shop = Fixtures.openEnterprise("任务中心", "HOSTED_LOGIN", null);
    TaskFixtures.task(shop, "DAILY_SIGN_IN", "每日签到", 5, 1, 10);
    TaskFixtures.task(shop, "UPLOAD_RECEIPT", "上传小票", 30, 1, 5);
    String home = Server.store(shop.appId()) + "/";
    Path receiptFile = Files.createTempFile("receipt", ".png");
    Files.write(receiptFile, TaskFixtures.png(60, 90, 0xf5f5f5));
    WebDriver phone = Browser.openPhone();
    WebDriverWait wait = new WebDriverWait(phone, Duration.ofSeconds(15));
    try {
      phone.get(home + "sign-up");
      phone.findElement(By.id("phone")).sendKeys(String.valueOf(PHONES.incrementAndGet()));
      phone.findElement(By.id("password")).sendKeys(PASSWORD);
      phone.findElement(By.id("nickname")).sendKeys("小任");
      phone.findElement(By.cssSelector("[type=submit]")).click();
      wait.until(ExpectedConditions.urlToBe(home));

      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=tasks-link]"))).click();
      wait.until(ExpectedConditions.urlToBe(home + "tasks"));
      WebElement signIn = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-template=DAILY_SIGN_IN]")));
      assertThat(signIn.getText()).contains("每日签到", "+5 积分", "已完成 0/1");
      assertThat(phone.findElement(By.cssSelector("[data-balance]")).getText()).isEqualTo("0");
      Browser.screenshot(phone, "storefront-tasks");

      signIn.findElement(By.cssSelector("[data-task-button]")).click();
      wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-balance]"), "5"));
      wait.until(d -> d.findElement(By.cssSelector("[data-template=DAILY_SIGN_IN]")).getText().contains("已完成 1/1"));
      WebElement done = phone.findElement(By.cssSelector("[data-template=DAILY_SIGN_IN] [data-task-button]"));
      assertThat(done.isEnabled()).isFalse();
      assertThat(done.getText()).isEqualTo("已完成");
      Browser.screenshot(phone, "storefront-tasks-signed-in");

      phone.findElement(By.cssSelector("[data-template=UPLOAD_RECEIPT] [data-task-button]")).click();
      WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-form=receipt]")));
      form.findElement(By.cssSelector("[type=submit]")).click();
      assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-error-for=images]"))).getText())
          .isEqualTo("请选择 1 到 3 张图片");
      phone.findElement(By.id("receipt-images")).sendKeys(receiptFile.toAbsolutePath().toString());
      form.findElement(By.cssSelector("[type=submit]")).click();
      WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-submissions] [data-status]")));
      assertThat(status.getText()).isEqualTo("审核中");
      wait.until(d -> d.findElement(By.cssSelector("[data-template=UPLOAD_RECEIPT]")).getText().contains("1 个审核中"));
      Browser.screenshot(phone, "storefront-tasks-receipt-pending");

      // what the page shows comes back after a reload
      phone.navigate().refresh();
      assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-submissions] [data-status]"))).getText()).isEqualTo("审核中");
      assertThat(phone.findElement(By.cssSelector("[data-balance]")).getText()).isEqualTo("5");
    } finally {
      phone.quit();
      Files.deleteIfExists(receiptFile);
    }
  }
}
