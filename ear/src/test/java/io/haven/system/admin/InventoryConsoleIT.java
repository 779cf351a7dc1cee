package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.SystemDeployment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * R3–R6 in the console, as an enterprise admin in a real browser: goods with a cover image (a
 * fake image refused on its field first), stock added, allocated to a product (the sub-inventory
 * starts online), replenished while on sale, taken offline to return units; another enterprise's
 * goods id in the URL is not found, its image not served.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventoryConsoleIT {

  private static final Pattern IMAGE_ID = Pattern.compile("/inventory/images/(\\d+)/COVER");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void anAdminAddsGoodsWithACoverStocksAllocatesOnlineAndReplenishesOnSale() throws IOException {
    var enterprise = Fixtures.openEnterprise("Inventory Console", null, null);
    var other = Fixtures.openEnterprise("Inventory Other", null, null);
    String name = "Tea Mug " + UUID.randomUUID().toString().substring(0, 6);
    Path fakePng = Files.createTempFile("fake-cover", ".png");
    Files.writeString(fakePng, "this is text, not an image", StandardCharsets.UTF_8);
    Path cover = Files.createTempFile("cover", ".png");
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0x2563eb);
    ImageIO.write(image, "png", cover.toFile());
    String goodsId;

    try (var console = ConsoleBrowser.open()) {
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      assertThat(console.text("menu")).contains("企业总库存", "产品子库存");
      console.go("/inventory/goods.xhtml");
      assertThat(console.text("goods:table")).contains("还没有商品");

      console.click("goods:add");
      console.visible("goodsForm:name");
      // Issue 10: every broken field is shown at once, each on its field (no name, three decimals, negative stock).
      console.type("goodsForm:priceFen", "1.234");
      console.type("goodsForm:initialStock", "-1");
      console.click("goodsForm:save");
      awaitText(console, "goodsForm", "请填写商品名称");
      assertThat(console.text("goodsForm")).contains("请输入以元为单位、最多两位小数的金额", "库存须为 0 到 10000000 的整数");
      assertThat(console.isVisible("goodsForm:name")).as("dialog stays open").isTrue();
      console.screenshot("inventory-goods-every-error");
      console.type("goodsForm:name", name);
      console.type("goodsForm:priceFen", "19.90");
      console.type("goodsForm:initialStock", "10");
      console.type("goodsForm:tags", "mug, tea");
      // A text file named .png passes the browser's filter; the server reads it and says no.
      console.byId("goodsForm:cover_input").sendKeys(fakePng.toString());
      awaitText(console, "goodsForm:coverMessage", "只接受 PNG 和 JPG 图片");
      console.screenshot("inventory-bad-cover");
      console.byId("goodsForm:cover_input").sendKeys(cover.toString());
      awaitText(console, "goodsForm:coverChosen", "待保存");
      assertThat(console.text("goodsForm:coverMessage")).doesNotContain("仅支持");
      console.click("goodsForm:save");
      assertThat(console.growl()).contains(name);
      console.awaitHidden("goodsDialog");
      assertThat(console.text("goods:table")).contains(name, "实物", "19.90", "10");
      String src = console.driver.findElement(By.cssSelector("[id='goods:table_data'] img.thumb")).getAttribute("src");
      Matcher m = IMAGE_ID.matcher(src);
      assertThat(m.find()).as("cover served from %s", src).isTrue();
      goodsId = m.group(1);
      console.screenshot("inventory-goods");

      console.click("goods:table:0:addStock");
      console.type("stockForm:quantity", "0");
      console.click("stockForm:save");
      assertThat(console.text("stockForm")).contains("增加数量须为 1 到 10000000 的整数");
      console.type("stockForm:quantity", "5");
      console.click("stockForm:save");
      console.awaitHidden("stockDialog");
      awaitText(console, "goods:table", "15");

      console.click("goods:table:0:allocate");
      console.visible("allocationForm:quantity");
      // no product and no quantity: both said at once
      console.click("allocationForm:save");
      awaitText(console, "allocationForm", "请选择产品");
      assertThat(console.text("allocationForm")).contains("数量须为不小于 1 的整数");
      console.choose("allocationForm:productId", String.valueOf(enterprise.productId()));
      console.type("allocationForm:quantity", "16");
      console.click("allocationForm:save");
      assertThat(console.text("allocationForm")).contains("未分配库存不足");
      console.type("allocationForm:quantity", "6");
      // limits: an "unlimited" switch, on by default, instead of typing -1
      assertThat(console.byId("allocationForm:perUserLimit").getAttribute("class")).contains("ui-state-disabled");
      console.click("allocationForm:perUserUnlimited");
      console.until(d -> !console.byId("allocationForm:perUserLimit").getAttribute("class").contains("ui-state-disabled"));
      console.type("allocationForm:perUserLimit", "2");
      assertThat(console.driver.findElements(By.id("allocationForm:autoAward"))).as("no auto-award switch for physical goods").isEmpty();
      console.click("allocationForm:save");
      assertThat(console.growl()).as("the confirmation says what is on sale where").contains(name, "子库存已上线", "商品上下架");
      console.awaitHidden("allocationDialog");
      console.screenshot("inventory-allocated");

      console.go("/inventory/sub-inventories.xhtml");
      // the cells themselves: "6" alone would also be found in the row's dates
      var cells = console.driver.findElements(By.cssSelector("[id='subs:table_data'] > tr:first-child > td"));
      assertThat(cells.get(0).getText()).contains(name);
      assertThat(cells.get(2).getText().strip()).as("available").isEqualTo("6");
      assertThat(cells.get(3).getText().strip()).as("outbound").isEqualTo("0");
      assertThat(cells.get(4).getText()).as("R6: a new allocation starts online").contains("已上线");
      assertThat(console.byId("subs:table:0:giveBack").getAttribute("class")).contains("ui-state-disabled");
      console.screenshot("inventory-sub-online");

      // 补货 while on sale: only grows the stock, so it is offered while online
      console.click("subs:table:0:replenish");
      console.visible("replenishForm:quantity");
      console.type("replenishForm:quantity", "3");
      console.click("replenishForm:save");
      console.awaitHidden("replenishDialog");
      console.until(d -> d.findElements(By.cssSelector("[id='subs:table_data'] > tr:first-child > td")).get(2).getText().strip().equals("9"));
      assertThat(console.text("subs:table")).contains("已上线");

      console.click("subs:table:0:offline");
      console.confirm();
      awaitText(console, "subs:table", "已下线");
      assertThat(console.byId("subs:table:0:giveBack").getAttribute("class")).doesNotContain("ui-state-disabled");

      // allocating the same goods to the same product again: the dialog says so on choosing the
      // product and replenishes the sub-inventory instead of refusing after the form is filled
      console.go("/inventory/goods.xhtml");
      console.click("goods:table:0:allocate");
      console.visible("allocationForm:quantity");
      console.choose("allocationForm:productId", String.valueOf(enterprise.productId()));
      // choose() selects silently; a person's pick fires the menu's change (and its ajax)
      ((JavascriptExecutor) console.driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).triggerChange();", "allocationForm:productId");
      console.awaitAjax();
      awaitText(console, "allocationForm", "已分配给");
      assertThat(console.driver.findElements(By.id("allocationForm:perUserLimit"))).as("the terms stay as they are").isEmpty();
      assertThat(console.text("allocationForm:save")).contains("补货");
      console.type("allocationForm:quantity", "2");
      console.click("allocationForm:save");
      assertThat(console.growl()).contains("补货 2 件", "可用 11 件");
      console.awaitHidden("allocationDialog");
    }

    try (var console = ConsoleBrowser.open()) {
      console.signIn(other.adminUsername(), other.adminPassword());
      console.go("/inventory/goods.xhtml?detail=" + goodsId);
      console.screenshot("inventory-other-tenant");
      console.awaitText("记录不存在，或不属于当前企业。");
      assertThat(console.text("goods:table")).doesNotContain(name);
      console.go("/inventory/images/" + goodsId + "/COVER");
      assertThat(console.bodyText()).contains("页面不存在");
    }
  }

  /** Waits until the element shows {@code text}; ajax updates replace elements, so a stale one is read again. */
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
