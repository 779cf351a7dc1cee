package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.haven.system.Fixtures;
import io.haven.system.Fixtures.Enterprise;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The points mall in the console (M1, M2, M4, M5) as an enterprise admin uses it, in a real
 * browser against the real EAR: goods groups, listings with both exchange methods and the flash
 * sale rule, online/offline/void, redemption records with shipping and the CSV download, the
 * promotion links and QR codes — and none of it reaches another enterprise's listings or
 * redemptions, however the request is forged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MallConsoleIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void groupsAndListingsAreSetUpCheckedAndPutOnline() {
    Enterprise e = Fixtures.openEnterprise("Mall Listings", "HOSTED_LOGIN", null);
    String suffix = suffix();
    MallData.Goods cup = MallData.goods(e, "Tea Cup " + suffix, "PHYSICAL", 20, 10, false);
    MallData.Goods flashCup = MallData.goods(e, "Flash Cup " + suffix, "PHYSICAL", 5, 5, false);
    String group = "Drinks " + suffix;
    try (var console = ConsoleBrowser.open()) {
      console.signIn(e.adminUsername(), e.adminPassword());
      assertThat(console.text("menu")).contains("积分商城", "商品分组", "商品上下架", "推广", "商品兑换记录");

      // M1: the default group is there, fixed; a custom group is added, a duplicate refused on the field.
      console.go("/mall/groups.xhtml");
      assertThat(console.text("groups:table")).contains("默认分组", "默认");
      assertThat(console.driver.findElements(By.id("groups:table:0:remove"))).as("the default group cannot be removed").isEmpty();
      addGroup(console, group, "10");
      awaitGrowl(console, group);
      console.awaitHidden("groupDialog");
      assertThat(console.text("groups:table")).contains(group);
      addGroup(console, group, "20");
      assertThat(console.text("groupForm:nameMessage")).contains("已有同名分组");
      assertThat(console.isVisible("groupForm:name")).as("dialog stays open").isTrue();
      console.type("groupForm:sortOrder", "x");
      console.type("groupForm:name", "Snacks " + suffix);
      console.click("groupForm:save");
      assertThat(console.text("groupForm:sortOrderMessage")).contains("排序须为 0 到 9999 的整数");
      console.screenshot("mall-groups");

      // M2: empty state, then a pure-points listing in the custom group; it starts offline.
      console.go("/mall/listings.xhtml");
      assertThat(console.text("listings:table")).contains("还没有上架商品");
      openAdd(console);
      String option = String.valueOf(cup.subInventoryId());
      assertThat(optionValue(console, "listingForm:subInventoryId", "Tea Cup " + suffix)).isEqualTo(option);
      assertThat(optionText(console, "listingForm:subInventoryId", option)).contains("实物", "可用 10 件", "已上线");
      console.choose("listingForm:subInventoryId", String.valueOf(cup.subInventoryId()));
      console.type("listingForm:displayName", "Pure " + suffix);
      console.choose("listingForm:groupId", optionValue(console, "listingForm:groupId", group));
      console.type("listingForm:pointsCost", "100");
      console.type("listingForm:strikethroughFen", "39.90");
      console.type("listingForm:deliveryDays", "3");
      console.type("listingForm:intro", "A cup for tea");
      console.click("listingForm:save");
      awaitGrowl(console, "Pure " + suffix);
      console.awaitHidden("listingDialog");
      WebElement row = row(console, "listings:table", "Pure " + suffix);
      assertThat(row.getText()).contains("100 积分", "划线价 ¥39.90", group, "已下架", "10");

      // Points plus cash: the member's price is previewed at the product's rate (10 points per yuan).
      openAdd(console);
      console.choose("listingForm:subInventoryId", String.valueOf(cup.subInventoryId()));
      console.type("listingForm:displayName", "Cash " + suffix);
      console.click(By.cssSelector("label[for='listingForm:exchangeMethod:1']"));
      console.visible("listingForm:cashFen");
      console.type("listingForm:pointsCost", "1");
      console.type("listingForm:cashFen", "1");
      console.awaitAjax();
      console.until(d -> console.text("listingForm:preview").contains("¥0.90 + 1 积分"));
      console.screenshot("mall-listing-preview");
      console.click("listingForm:save");
      awaitGrowl(console, "Cash " + suffix);
      console.awaitHidden("listingDialog");
      assertThat(row(console, "listings:table", "Cash " + suffix).getText()).contains("1 积分", "¥1.00", "会员实付 ¥0.90", "默认分组");

      // The dialog offers only what can be listed in the chosen group, and says why the rest is missing:
      // the cup is listed in the default group now, so it is left out there.
      openAdd(console);
      assertThat(console.driver.findElements(By.cssSelector("[id='listingForm:subInventoryId_input'] option[value='" + cup.subInventoryId() + "']")))
          .as("listed in the default group already").isEmpty();
      assertThat(console.text("listingForm")).contains("1 个已在所选分组上架");

      // A flash sale ending before it starts is refused on the end field; nothing is saved (same dialog).
      console.choose("listingForm:subInventoryId", String.valueOf(flashCup.subInventoryId()));
      console.type("listingForm:displayName", "Flash " + suffix);
      console.type("listingForm:pointsCost", "10");
      console.click(By.cssSelector("label[for='listingForm:saleRule:1']"));
      console.visible("listingForm:flashStart_input");
      setValue(console, "listingForm:flashStart_input", "2026-12-10 10:00");
      setValue(console, "listingForm:flashEnd_input", "2026-12-09 10:00");
      console.click("listingForm:save");
      assertThat(console.text("listingForm:flashEndMessage")).contains("秒杀结束时间须晚于开始时间");
      assertThat(console.isVisible("listingForm:displayName")).as("dialog stays open").isTrue();
      assertThat(console.byId("listingForm:flashEnd_input").getAttribute("value")).as("what was typed stays").isEqualTo("2026-12-09 10:00");
      console.screenshot("mall-listing-flash-refused");
      console.go("/mall/listings.xhtml");
      assertThat(console.text("listings:table")).doesNotContain("Flash " + suffix);

      // Online after a confirmation; the filters find it by status, group and name.
      console.click(rowButton(console, "listings:table", "Pure " + suffix, "online"));
      console.confirm();
      awaitGrowl(console, "已上架");
      assertThat(row(console, "listings:table", "Pure " + suffix).getText()).contains("已上架");
      filter(console, "listings:statusFilter", "ONLINE");
      console.until(d -> !console.text("listings:table").contains("Cash " + suffix));
      assertThat(console.text("listings:table")).contains("Pure " + suffix);
      console.click("listings:clear");
      console.type("listings:search", "no-such-listing");
      console.awaitText("没有符合条件的记录");
      console.click("listings:clear");
      console.awaitText("Cash " + suffix);

      // The edited listing keeps its group; the group holding it cannot be removed.
      console.go("/mall/groups.xhtml");
      console.click(rowButton(console, "groups:table", group, "remove"));
      console.confirm();
      assertThat(console.text("messages")).contains("该分组中还有 1 个商品，不能删除");
      assertThat(console.text("groups:table")).contains(group);

      // Void is final, after a confirmation.
      console.go("/mall/listings.xhtml");
      console.click(rowButton(console, "listings:table", "Cash " + suffix, "void"));
      console.confirm();
      assertThat(row(console, "listings:table", "Cash " + suffix).getText()).contains("已作废");
      console.screenshot("mall-listings");
    }
  }

  /**
   * Issue 10: the listing dialog offers only points-mall goods (e-commerce goods allocated to the
   * product are left out, and it says so), and a save with several broken fields shows every error
   * at once, each on its field — nothing is saved.
   */
  @Test
  void theListingDialogOffersOnlyPointsMallGoodsAndShowsEveryFieldError() {
    Enterprise e = Fixtures.openEnterprise("Mall Purpose", "HOSTED_LOGIN", null);
    String suffix = suffix();
    MallData.Goods cup = MallData.goods(e, "Mall Cup " + suffix, "PHYSICAL", 5, 5, false);
    MallData.Goods shop = MallData.ecommerceGoods(e, "Shop Cup " + suffix, 5);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(e.adminUsername(), e.adminPassword());
      console.go("/mall/listings.xhtml");
      openAdd(console);
      assertThat(optionValue(console, "listingForm:subInventoryId", "Mall Cup " + suffix)).isEqualTo(String.valueOf(cup.subInventoryId()));
      assertThat(console.driver.findElements(By.cssSelector("[id='listingForm:subInventoryId_input'] option[value='" + shop.subInventoryId() + "']")))
          .as("e-commerce goods are not offered").isEmpty();
      assertThat(console.text("listingForm")).contains("未列出的子库存：1 个是电商商品").doesNotContain("已售罄");

      console.type("listingForm:pointsCost", "0");
      console.type("listingForm:strikethroughFen", "1.234");
      console.type("listingForm:deliveryDays", "400");
      console.click("listingForm:save");
      assertThat(console.text("listingForm:subInventoryIdMessage")).contains("请选择子库存中的商品");
      assertThat(console.text("listingForm:displayNameMessage")).contains("展示名称须为 1–100 个字符");
      assertThat(console.text("listingForm:pointsCostMessage")).contains("纯积分兑换至少 1 积分");
      assertThat(console.text("listingForm:strikethroughFenMessage")).contains("最多两位小数");
      assertThat(console.text("listingForm:deliveryDaysMessage")).contains("预计发货天数须为 0 到 365 的整数");
      assertThat(console.byId("listingForm:strikethroughFen").getAttribute("value")).as("what was typed stays").isEqualTo("1.234");
      assertThat(console.isVisible("listingForm:displayName")).as("dialog stays open").isTrue();
      console.screenshot("mall-listing-every-error");
      console.go("/mall/listings.xhtml");
      assertThat(console.text("listings:table")).contains("还没有上架商品");
    }
  }

  @Test
  void aListingEditedMeanwhileIsNotOverwritten() {
    Enterprise e = Fixtures.openEnterprise("Mall Stale", "HOSTED_LOGIN", null);
    String suffix = suffix();
    MallData.Goods cup = MallData.goods(e, "Mug " + suffix, "PHYSICAL", 5, 5, false);
    MallData.listing(e, cup.subInventoryId(), "Mug " + suffix, 30, false);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(e.adminUsername(), e.adminPassword());
      console.go("/mall/listings.xhtml");
      String first = console.driver.getWindowHandle();
      console.click("listings:table:0:edit");
      assertThat(console.visible("listingForm:displayName").getAttribute("value")).isEqualTo("Mug " + suffix);

      console.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
      console.go("/mall/listings.xhtml");
      console.click("listings:table:0:edit");
      console.type("listingForm:pointsCost", "40");
      console.click("listingForm:save");
      awaitGrowl(console, "已保存");

      console.driver.switchTo().window(first);
      console.type("listingForm:pointsCost", "50");
      console.click("listingForm:save");
      assertThat(console.text("listingForm:dialogMessages")).contains("已被他人修改");
      console.go("/mall/listings.xhtml");
      assertThat(console.text("listings:table")).contains("40 积分").doesNotContain("50 积分");
    }
  }

  @Test
  void redemptionsAreFoundShippedAndExported() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Mall Records", "HOSTED_LOGIN", null);
    String suffix = suffix();
    MallData.Goods lamp = MallData.goods(e, "Desk Lamp " + suffix, "PHYSICAL", 10, 10, false);
    MallData.listing(e, lamp.subInventoryId(), "Lamp " + suffix, 50, true);
    MallData.Redemption addressed = MallData.redeem(e, "Lamp " + suffix, "m1-" + suffix, "=HYPERLINK(\"http://x.example\")");
    MallData.Redemption waiting = MallData.redeem(e, "Lamp " + suffix, "m2-" + suffix, null);
    assertThat(addressed.status()).isEqualTo("AWAITING_SHIPMENT");
    assertThat(waiting.status()).isEqualTo("AWAITING_ADDRESS");

    try (var console = ConsoleBrowser.open()) {
      console.signIn(e.adminUsername(), e.adminPassword());
      console.go("/mall/records/redemptions.xhtml");
      assertThat(console.text("records:table")).contains(addressed.orderNumber(), waiting.orderNumber(), "待发货", "待填写地址");

      // Filters: by order number, by member account.
      console.type("records:orderNumber", addressed.orderNumber());
      console.click("records:search");
      console.until(d -> !console.text("records:table").contains(waiting.orderNumber()));
      assertThat(console.text("records:table")).contains(addressed.orderNumber());
      String filteredCsv = console.byId("records:exportFiltered").getAttribute("href");
      console.click("records:clear");
      console.type("records:memberAccount", "m2-" + suffix);
      console.click("records:search");
      console.until(d -> !console.text("records:table").contains(addressed.orderNumber()));
      assertThat(console.text("records:table")).contains(waiting.orderNumber());
      console.click("records:clear");
      console.awaitText(addressed.orderNumber());

      // The detail shows where it goes.
      console.click(rowButton(console, "records:table", addressed.orderNumber(), "detail"));
      assertThat(console.visible("detailAddress").getText()).contains("世纪大道 100 号");
      assertThat(console.text("detailRecipient")).contains("=HYPERLINK");
      console.screenshot("mall-record-detail");
      console.driver.findElement(By.cssSelector("#detailDialog .ui-dialog-titlebar-close")).click();
      console.awaitHidden("detailDialog");

      // Shipping: a bad tracking number is refused on its field; then it ships.
      assertThat(console.driver.findElements(By.id(rowButtonId(console, "records:table", waiting.orderNumber(), "ship"))))
          .as("no address yet: nothing to ship").isEmpty();
      console.click(rowButton(console, "records:table", addressed.orderNumber(), "ship"));
      assertThat(console.visible("shipTo").getText()).contains("世纪大道 100 号");
      console.type("shipForm:courier", "顺丰速运");
      console.type("shipForm:trackingNumber", "no");
      console.click("shipForm:save");
      assertThat(console.text("shipForm:trackingNumberMessage")).contains("运单号须为 4–50 位字母、数字或短横线");
      console.type("shipForm:trackingNumber", "SF1234567890");
      console.click("shipForm:save");
      awaitGrowl(console, addressed.orderNumber(), "已发货");
      console.awaitHidden("shipDialog");
      assertThat(row(console, "records:table", addressed.orderNumber()).getText()).contains("已发货");
      console.screenshot("mall-records");

      // The CSV download: all records, and the filtered ones.
      HttpResponse<byte[]> all = getBytes(console, console.byId("records:exportAll").getAttribute("href"));
      assertThat(all.statusCode()).isEqualTo(200);
      assertThat(all.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(all.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment").contains(".csv");
      byte[] bytes = all.body();
      assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
      String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
      assertThat(csv).startsWith("订单号,").contains(addressed.orderNumber(), waiting.orderNumber(), "SF1234567890", "已发货", "实物").doesNotContain(",SHIPPED,");
      assertThat(csv).as("a formula is neutralised").contains("'=HYPERLINK");
      assertThat(csv.lines().flatMap(line -> Arrays.stream(line.split(",")))).noneMatch(cell -> cell.startsWith("=") || cell.startsWith("\"="));

      String filtered = new String(getBytes(console, filteredCsv).body(), StandardCharsets.UTF_8);
      assertThat(filtered).contains(addressed.orderNumber()).doesNotContain(waiting.orderNumber());
      assertThat(getBytes(console, Server.base() + "/admin/mall/records/redemptions.csv?from=not-a-date").statusCode()).isEqualTo(400);
    }
  }

  @Test
  void promotionGivesTheLinkQrCodeAndImageOfOnlineGoodsOnly() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Mall Promotion", "HOSTED_LOGIN", null);
    String suffix = suffix();
    MallData.Goods pen = MallData.goods(e, "Pen " + suffix, "PHYSICAL", 10, 10, true);
    long online = MallData.listing(e, pen.subInventoryId(), "Pen " + suffix, 20, true);
    long offline = MallData.listing(e, pen.subInventoryId(), "Hidden Pen " + suffix, 20, false);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(e.adminUsername(), e.adminPassword());
      console.go("/mall/promotion.xhtml");
      String origin = Server.base();
      assertThat(console.byId("promotion:mallUrl").getAttribute("value")).isEqualTo(origin + "/store/" + e.appId() + "/mall");
      assertThat(console.text("promotion:table")).contains("Pen " + suffix).doesNotContain("Hidden Pen");
      WebElement link = console.byId("promotion:table:0:url");
      assertThat(link.getAttribute("value")).isEqualTo(origin + "/store/" + e.appId() + "/mall/goods/" + online);
      assertThat(console.isVisible("promotion:table:0:downloadImage")).isTrue();
      console.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("var i = document.getElementById('mallQr'); return i.complete && i.naturalWidth > 0;"));
      console.screenshot("mall-promotion");

      HttpResponse<byte[]> qr = getBytes(console, console.byId("promotion:table:0:downloadQr").getAttribute("href"));
      assertThat(qr.statusCode()).isEqualTo(200);
      assertThat(qr.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
      assertThat(qr.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
      assertThat(qr.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
      assertThat(decode(qr.body())).isEqualTo(origin + "/store/" + e.appId() + "/mall/goods/" + online);

      HttpResponse<byte[]> mallQr = getBytes(console, console.byId("promotion:downloadMallQr").getAttribute("href"));
      assertThat(decode(mallQr.body())).isEqualTo(origin + "/store/" + e.appId() + "/mall");

      HttpResponse<byte[]> image = getBytes(console, console.byId("promotion:table:0:downloadImage").getAttribute("href"));
      assertThat(image.statusCode()).isEqualTo(200);
      assertThat(image.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
      assertThat(ImageIO.read(new ByteArrayInputStream(image.body())).getWidth()).isEqualTo(16);

      assertThat(getBytes(console, admin("/mall/promotion/goods.png?listing=" + offline)).statusCode()).as("offline listing").isEqualTo(404);
      assertThat(getBytes(console, admin("/mall/promotion/goods-image?listing=" + offline)).statusCode()).isEqualTo(404);
      assertThat(getBytes(console, admin("/mall/promotion/goods.png?listing=abc")).statusCode()).isEqualTo(404);

      // Every label in English on request.
      console.click("topbar:en");
      console.until(d -> console.text("pageTitle").equals("Promotion"));
      assertThat(console.text("menu")).contains("Points mall", "Goods groups", "Listings", "Promotion", "Redemption records");
      assertThat(console.text("promotion:table")).contains("Download QR code", "Download goods image");
      console.click("topbar:zh");
      console.until(d -> console.text("pageTitle").equals("推广"));
    }
  }

  @Test
  void anotherEnterprisesListingsAndRedemptionsAreOutOfReach() throws Exception {
    Enterprise a = Fixtures.openEnterprise("Mall Isolation A", "HOSTED_LOGIN", null);
    Enterprise b = Fixtures.openEnterprise("Mall Isolation B", "HOSTED_LOGIN", null);
    String suffix = suffix();
    MallData.Goods aGoods = MallData.goods(a, "A Goods " + suffix, "PHYSICAL", 5, 5, true);
    long aListing = MallData.listing(a, aGoods.subInventoryId(), "A Listing " + suffix, 10, true);
    MallData.Redemption aRedemption = MallData.redeem(a, "A Listing " + suffix, "a-" + suffix, "Alice");
    MallData.Goods bGoods = MallData.goods(b, "B Goods " + suffix, "PHYSICAL", 5, 5, false);
    MallData.listing(b, bGoods.subInventoryId(), "B Listing " + suffix, 10, true);
    MallData.Redemption bRedemption = MallData.redeem(b, "B Listing " + suffix, "b-" + suffix, "Bob");

    try (var console = ConsoleBrowser.open()) {
      console.signIn(b.adminUsername(), b.adminPassword());

      // Lists show B's own only.
      console.go("/mall/listings.xhtml");
      assertThat(console.text("listings:table")).contains("B Listing").doesNotContain("A Listing");

      // B's own buttons, replayed with A's listing id.
      String own = rowAction(console, "/mall/listings.xhtml", "listings", "listings:table:0:detail", "detailDialog messages", "listing", listingIdOfB(console));
      assertThat(own).contains("B Listing " + suffix);
      for (String button : new String[] {"detail", "edit", "offline", "void"}) {
        String forged = rowAction(console, "/mall/listings.xhtml", "listings", "listings:table:0:" + button, "detailDialog listingDialog messages", "listing", aListing);
        assertThat(forged).as(button).contains("记录不存在，或不属于当前企业").doesNotContain("A Listing");
      }

      console.go("/mall/records/redemptions.xhtml");
      assertThat(console.text("records:table")).contains(bRedemption.orderNumber()).doesNotContain(aRedemption.orderNumber());
      for (String button : new String[] {"detail", "ship"}) {
        String forged =
            rowAction(console, "/mall/records/redemptions.xhtml", "records", "records:table:0:" + button, "detailDialog shipDialog messages", "redemption", aRedemption.id());
        assertThat(forged).as(button).contains("记录不存在，或不属于当前企业").doesNotContain(aRedemption.orderNumber()).doesNotContain("Alice");
      }
      console.type("records:orderNumber", aRedemption.orderNumber());
      console.click("records:search");
      console.awaitText("没有符合条件的记录");

      // Downloads with A's ids: not found, or nothing of A.
      assertThat(getBytes(console, admin("/mall/promotion/goods.png?listing=" + aListing)).statusCode()).isEqualTo(404);
      assertThat(getBytes(console, admin("/mall/promotion/goods-image?listing=" + aListing)).statusCode()).isEqualTo(404);
      assertThat(getBytes(console, admin("/mall/promotion/mall.png?product=" + a.productId())).statusCode()).isEqualTo(404);
      String allCsv = new String(getBytes(console, admin("/mall/records/redemptions.csv")).body(), StandardCharsets.UTF_8);
      assertThat(allCsv).contains(bRedemption.orderNumber()).doesNotContain(aRedemption.orderNumber());
      String aProductCsv = new String(getBytes(console, admin("/mall/records/redemptions.csv?product=" + a.productId())).body(), StandardCharsets.UTF_8);
      assertThat(aProductCsv).doesNotContain(aRedemption.orderNumber()).doesNotContain("Alice");
      assertThat(aProductCsv.lines().count()).as("the header only").isEqualTo(1);

      // Nothing of A changed: its listing is still online, its redemption still waits for shipment.
      console.signOut();
      console.signIn(a.adminUsername(), a.adminPassword());
      console.go("/mall/listings.xhtml");
      assertThat(row(console, "listings:table", "A Listing " + suffix).getText()).contains("已上架");
      console.go("/mall/records/redemptions.xhtml");
      assertThat(row(console, "records:table", aRedemption.orderNumber()).getText()).contains("待发货");
    }
  }

  @Test
  void customerServiceSeesTheRecordsButNotTheListings() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Mall Roles", "HOSTED_LOGIN", null);
    String username = "cs-" + suffix();
    try (var console = ConsoleBrowser.open()) {
      console.signIn(e.adminUsername(), e.adminPassword());
      console.go("/tenancy/users.xhtml");
      console.click("users:add");
      console.type("userForm:username", username);
      console.type("userForm:displayName", "Service Desk");
      console.choose("userForm:role", "CUSTOMER_SERVICE");
      console.type("userForm:password", "Serv-Pass-2026");
      console.click("userForm:save");
      awaitGrowl(console, username);
      console.signOut();

      console.signIn(username, "Serv-Pass-2026");
      assertThat(console.text("menu")).contains("商品兑换记录").doesNotContain("商品上下架", "商品分组");
      assertThat(getBytes(console, admin("/mall/records/redemptions.xhtml")).statusCode()).isEqualTo(200);
      assertThat(getBytes(console, admin("/mall/records/redemptions.csv")).statusCode()).isEqualTo(200);
      assertThat(getBytes(console, admin("/mall/listings.xhtml")).statusCode()).isEqualTo(403);
      assertThat(getBytes(console, admin("/mall/promotion/mall.png?product=" + e.productId())).statusCode()).isEqualTo(403);
    }
  }

  // --- helpers ---

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private static String admin(String path) {
    return Server.admin() + path;
  }

  /** Waits for a growl message holding all of {@code texts} (earlier ones may still be showing). */
  private static void awaitGrowl(ConsoleBrowser console, String... texts) {
    console.until(
        d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
            .anyMatch(m -> Arrays.stream(texts).allMatch(t -> m.getText().contains(t))));
  }

  /** Picks a filter's option and fires its change behaviour, as a person's pick does. */
  private static void filter(ConsoleBrowser console, String selectId, String value) {
    console.choose(selectId, value);
    ((JavascriptExecutor) console.driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).triggerChange();", selectId);
    console.awaitAjax();
  }

  private static void addGroup(ConsoleBrowser console, String name, String sortOrder) {
    if (!console.isVisible("groupForm:name")) {
      console.click("groups:add");
    }
    console.type("groupForm:name", name);
    console.type("groupForm:sortOrder", sortOrder);
    console.click("groupForm:save");
  }

  private static void openAdd(ConsoleBrowser console) {
    console.click("listings:add");
    console.visible("listingForm:displayName");
  }

  /** The value of the option labelled {@code label} of a p:selectOneMenu (its hidden select). */
  private static String optionValue(ConsoleBrowser console, String selectId, String label) {
    return console.driver.findElements(By.cssSelector("[id='" + selectId + "_input'] option")).stream()
        .filter(o -> o.getAttribute("textContent").contains(label))
        .findFirst()
        .orElseThrow()
        .getAttribute("value");
  }

  private static String optionText(ConsoleBrowser console, String selectId, String value) {
    return console.driver.findElements(By.cssSelector("[id='" + selectId + "_input'] option")).stream()
        .filter(o -> value.equals(o.getAttribute("value")))
        .findFirst()
        .orElseThrow()
        .getAttribute("textContent");
  }

  private static void setValue(ConsoleBrowser console, String id, String value) {
    ((JavascriptExecutor) console.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", console.byId(id).getAttribute("id"), value);
  }

  private static WebElement row(ConsoleBrowser console, String table, String text) {
    console.awaitText(text);
    return console.driver.findElements(By.cssSelector("[id='" + table + "_data'] tr")).stream()
        .filter(tr -> tr.getText().contains(text))
        .findFirst()
        .orElseThrow();
  }

  private static String rowButtonId(ConsoleBrowser console, String table, String text, String button) {
    WebElement tr = row(console, table, text);
    return table + ":" + tr.getAttribute("data-ri") + ":" + button;
  }

  private static By rowButton(ConsoleBrowser console, String table, String text, String button) {
    return By.id(rowButtonId(console, table, text, button));
  }

  /** B's own listing id, as its detail button carries it (read back from a detail request). */
  private static long listingIdOfB(ConsoleBrowser console) {
    // the promotion link of an online listing ends with its id
    console.go("/mall/promotion.xhtml");
    String url = console.byId("promotion:table:0:url").getAttribute("value");
    long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    console.go("/mall/listings.xhtml");
    return id;
  }

  private static String decode(byte[] png) throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("a readable PNG").isNotNull();
    return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
  }

  private static HttpResponse<byte[]> getBytes(ConsoleBrowser console, String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + console.sessionCookie()).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Replays a row button's ajax request with another id, as a tampering browser would. */
  private static String rowAction(ConsoleBrowser console, String page, String form, String button, String render, String parameter, long id)
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
    String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
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

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
