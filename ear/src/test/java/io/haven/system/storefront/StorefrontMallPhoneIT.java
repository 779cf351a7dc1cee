package io.haven.system.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Browser;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import jakarta.json.JsonObject;
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
 * The points mall in a phone-sized Chromium: a new member signs up, opens the mall, opens goods,
 * redeems a CDK item and sees the code (then again in my redemptions); a physical item's address
 * form; a points-plus-cash item paid on the sandbox pay page. Screenshots: target/screenshots/mall-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontMallPhoneIT {

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
  void aNewMemberRedeemsACdkItemAndSeesTheCode() {
    MallShop shop = MallShop.open("咖啡");
    JsonObject cdk =
        shop.goods("CDK", "视频会员月卡", 3, 100, b -> b.add("cover", MallShop.coverPng()).add("intro", "热门影视随心看").add("strikethroughFen", 2500).add("description", "兑换后获得一个月会员。\n每人每天限兑一次。"));
    shop.goods("COUPON", "咖啡立减券", 5, 50, b -> b.add("exchangeMethod", "POINTS_PLUS_CASH").add("points", 5).add("cashFen", 100));
    String home = Server.store(shop.appId()) + "/";

    phone.get(home + "sign-up");
    type("#phone", "13912340001");
    type("#password", PASSWORD);
    submit();
    wait.until(ExpectedConditions.urlToBe(home));
    shop.credit("13912340001", PASSWORD, 500);

    phone.findElement(By.cssSelector("[data-testid=mall-link]")).click();
    wait.until(ExpectedConditions.urlToBe(home + "mall"));
    assertThat(visible("[data-balance]").getText()).isEqualTo("500");
    WebElement card = visible("[data-listing='" + cdk.getJsonNumber("listingId") + "']");
    assertThat(card.getText()).contains("视频会员月卡", "100", "积分", "¥25.00");
    assertThat(phone.findElement(By.cssSelector("[data-goods]")).getText()).contains("咖啡立减券", "5", "¥0.50");
    Browser.screenshot(phone, "mall-home");

    card.click();
    wait.until(ExpectedConditions.urlContains("/mall/goods/"));
    assertThat(visible("[data-testid=goods-name]").getText()).isEqualTo("视频会员月卡");
    assertThat(visible("[data-price]").getText()).contains("100", "积分");
    Boolean coverLoaded =
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("var i = document.querySelector('.goods-hero__img'); return i.complete && i.naturalWidth > 0;"));
    assertThat(coverLoaded).isTrue();
    Browser.screenshot(phone, "mall-goods");

    visible("[data-redeem]").click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-confirm-total]"), "100"));
    assertThat(visible("[data-confirm]").getText()).contains("确认兑换", "视频会员月卡 × 1", "100积分");
    Browser.screenshot(phone, "mall-confirm");
    phone.findElement(By.cssSelector("[data-confirm-ok]")).click();
    wait.until(ExpectedConditions.urlContains("/mall/redemptions/"));
    assertThat(visible("[data-status]").getText()).isEqualTo("兑换成功");
    String code = visible("[data-code-value]").getAttribute("value");
    assertThat(cdk.getJsonArray("codes").getValuesAs(jakarta.json.JsonString::getString)).contains(code);
    phone.findElement(By.cssSelector(".code__copy")).click();
    assertThat(visible("[data-toast]").getText()).isEqualTo("已复制");
    Browser.screenshot(phone, "mall-cdk-code");

    phone.get(home + "mall/redemptions");
    assertThat(visible("[data-rows] .row").getText()).contains("视频会员月卡", code, "兑换成功");
    Browser.screenshot(phone, "mall-my-redemptions");

    phone.get(home + "mall/points");
    assertThat(visible("[data-balance]").getText()).isEqualTo("400");
    assertThat(visible("[data-rows] .row").getText()).contains("积分商城", "-100");
    Browser.screenshot(phone, "mall-my-points");
  }

  @Test
  void aGuestIsSentToSignInAndBackAndRefusalsAreShownInPlace() {
    MallShop shop = MallShop.open("Guest");
    long dear = shop.goods("COUPON", "豪华券", 5, 900).getJsonNumber("listingId").longValue();
    shop.member("13912340002", PASSWORD, 100);
    String home = Server.store(shop.appId()) + "/";

    phone.get(home + "mall/goods/" + dear);
    visible(".buy .if-guest").click();
    wait.until(ExpectedConditions.urlContains("/sign-in?next="));
    type("#phone", "13912340002");
    type("#password", PASSWORD);
    submit();
    wait.until(ExpectedConditions.urlToBe(home + "mall/goods/" + dear));

    visible("[data-redeem]").click();
    visible("[data-confirm-ok]").click();
    assertThat(visible(".buy [data-error-for=quantity]").getText()).isEqualTo("积分不足");
    Browser.screenshot(phone, "mall-refused");
  }

  @Test
  void physicalGoodsTakeAnAddressAndPointsPlusCashIsPaidOnTheSandboxPage() {
    MallShop shop = MallShop.open("Cups");
    long cup = shop.goods("PHYSICAL", "保温杯", 5, 100, b -> b.add("deliveryDays", 7)).getJsonNumber("listingId").longValue();
    long coffee = shop.goods("COUPON", "咖啡券", 5, 1, b -> b.add("exchangeMethod", "POINTS_PLUS_CASH").add("cashFen", 100)).getJsonNumber("listingId").longValue();
    shop.member("13912340003", PASSWORD, 500);
    String home = Server.store(shop.appId()) + "/";
    phone.get(home + "sign-in?next=mall/goods/" + cup);
    type("#phone", "13912340003");
    type("#password", PASSWORD);
    submit();
    wait.until(ExpectedConditions.urlToBe(home + "mall/goods/" + cup));
    assertThat(visible("[data-delivery]").getText()).contains("7");

    visible("[data-redeem]").click();
    visible("[data-confirm-ok]").click();
    wait.until(ExpectedConditions.urlContains("/mall/redemptions/"));
    assertThat(visible("[data-status]").getText()).isEqualTo("待填写地址");
    type("#recipient", "张三");
    type("#phone", "12");
    type("#region", "上海市 浦东新区");
    type("#detail", "中山路 1 号");
    submit();
    assertThat(visible("[data-error-for=phone]").getText()).isEqualTo("请填写正确的联系电话");
    Browser.screenshot(phone, "mall-address-error");
    type("#phone", "13912340003");
    submit();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-status]"), "待发货"));
    assertThat(visible("[data-award=SHIPPING]").getText()).contains("张三", "上海市 浦东新区 中山路 1 号");
    Browser.screenshot(phone, "mall-address-saved");

    phone.get(home + "mall/goods/" + coffee);
    assertThat(visible("[data-price]").getText()).contains("1", "积分", "¥0.90");
    visible("[data-redeem]").click();
    visible("[data-confirm-ok]").click();
    wait.until(ExpectedConditions.urlContains("/sandbox-pay/"));
    assertThat(visible(".sandbox-banner").getText()).contains("沙箱支付");
    assertThat(visible("[data-amount]").getText()).isEqualTo("¥0.90");
    Browser.screenshot(phone, "mall-pay");
    visible("[data-confirm-pay]").click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-pay-status]"), "支付成功"));
    Browser.screenshot(phone, "mall-paid");

    phone.get(home + "mall/redemptions");
    assertThat(visible("[data-rows] .row").getText()).contains("咖啡券", "兑换成功");

    phone.get(home + "mall/goods/" + coffee);
    visible("[data-redeem]").click();
    visible("[data-confirm-ok]").click();
    wait.until(ExpectedConditions.urlContains("/sandbox-pay/"));
    visible("[data-cancel-pay]").click();
    assertThat(visible("[data-cancel-pay]").getText()).isEqualTo("确定取消？再点一次取消订单");
    assertThat(phone.findElement(By.cssSelector("[data-pay-status]")).getText()).isEqualTo("待支付");
    visible("[data-cancel-pay]").click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-pay-status]"), "已取消"));
    phone.get(home + "mall/redemptions");
    assertThat(visible("[data-rows] .row").getText()).contains("咖啡券", "已取消");
    Browser.screenshot(phone, "mall-my-redemptions-cancelled");
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
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form:not([hidden]) [type=submit]"))).click();
  }
}
