package io.haven.system.storefront;

import static io.haven.system.storefront.StorefrontProblems.assertFieldProblem;
import static io.haven.system.storefront.StorefrontProblems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.ServerStatements;
import io.haven.system.SystemDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The storefront's points mall over HTTP, as the mall's script (and the benchmark) calls it: the
 * cached goods lists, goods details and images, redeeming every award category, the sandbox pay
 * page, the member's points and redemptions, every refusal as a 4xx problem, and tenant isolation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontMallIT {

  private static final String PASSWORD = "Secret-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void theListShowsOnlineListingsOnlyAndAListingTakenOfflineIsGoneOnTheNextRequest() {
    MallShop shop = MallShop.open("List");
    long tea = shop.goods("COUPON", "茶饮券", 5, 100).getJsonNumber("listingId").longValue();
    long cake = shop.goods("COUPON", "蛋糕券", 5, 200, b -> b.add("strikethroughFen", 1500).add("intro", "下午茶")).getJsonNumber("listingId").longValue();
    long hidden = shop.goods("COUPON", "未上架券", 5, 300, b -> b.add("online", false)).getJsonNumber("listingId").longValue();
    StorefrontVisitor guest = new StorefrontVisitor();

    HttpResponse<String> groups = guest.get("/" + shop.appId() + "/api/mall/groups");
    assertThat(groups.statusCode()).as(groups.body()).isEqualTo(200);
    var groupList = Json.createReader(new java.io.StringReader(groups.body())).readArray();
    assertThat(groupList).hasSize(1);
    long groupId = groupList.getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(groupList.getJsonObject(0).getBoolean("isDefault")).isTrue();

    String goodsPath = "/" + shop.appId() + "/api/mall/groups/" + groupId + "/goods?page=0";
    HttpResponse<String> first = guest.get(goodsPath);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(listingIds(first)).containsExactly(cake, tea).doesNotContain(hidden);
    JsonObject cakeCard = StorefrontVisitor.json(first).getJsonArray("items").getJsonObject(0);
    assertThat(cakeCard.getString("name")).isEqualTo("蛋糕券");
    assertThat(cakeCard.getJsonNumber("points").longValue()).isEqualTo(200);
    assertThat(cakeCard.getJsonNumber("strikethroughFen").longValue()).isEqualTo(1500);
    assertThat(cakeCard.getBoolean("soldOut")).isFalse();
    // the cached page: the same bytes without a database round trip (without the cache, the list's queries run again)
    var again = ServerStatements.counting(() -> guest.get(goodsPath));
    assertThat(again.result().body()).as("the cached page").isEqualTo(first.body());
    assertThat(again.tally().executed()).as("the cached page costs no statement: %s", again.tally()).isZero();
    assertThat(listingIds(guest.get("/" + shop.appId() + "/api/mall/groups/" + groupId + "/goods?page=1"))).isEmpty();

    JsonObject mug = shop.goods("PHYSICAL", "马克杯", 5, 300, b -> b.add("groupName", "周边"));
    HttpResponse<String> tabs = guest.get("/" + shop.appId() + "/api/mall/groups");
    var both = Json.createReader(new java.io.StringReader(tabs.body())).readArray();
    assertThat(both).hasSize(2);
    assertThat(both.getJsonObject(0).getBoolean("isDefault")).as("default group first").isTrue();
    assertThat(both.getJsonObject(1).getString("name")).isEqualTo("周边");
    assertThat(listingIds(guest.get("/" + shop.appId() + "/api/mall/groups/" + mug.getJsonNumber("groupId") + "/goods?page=0")))
        .containsExactly(mug.getJsonNumber("listingId").longValue());
    assertThat(listingIds(guest.get(goodsPath))).containsExactly(cake, tea);

    shop.offline(cake);
    assertThat(listingIds(guest.get(goodsPath))).containsExactly(tea);
    assertProblem(guest.get("/" + shop.appId() + "/api/mall/goods/" + cake), 404, "notFound");
    assertThat(guest.page("/" + shop.appId() + "/mall/goods/" + cake).statusCode()).isEqualTo(404);

    HttpResponse<String> page = guest.page("/" + shop.appId() + "/mall");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("积分商城", "茶饮券").doesNotContain("蛋糕券", "未上架券");
    assertFieldProblem(guest.get("/" + shop.appId() + "/api/mall/groups/" + groupId + "/goods?page=-1"), 400, "mall.list.page.invalid", "page");
  }

  @Test
  void aCdkCodeIsShownAndKeptInMyRedemptionsAndThePointsAreInTheHistory() {
    MallShop shop = MallShop.open("CDK");
    JsonObject cdk =
        shop.goods("CDK", "视频会员月卡", 3, 100, b -> b.add("link", "https://video.example.com/redeem").add("displayName", "会员节 · 月卡特惠"));
    long listing = cdk.getJsonNumber("listingId").longValue();
    shop.member("13800000001", PASSWORD, 1000);
    StorefrontVisitor member = signedIn(shop.appId(), "13800000001");

    HttpResponse<String> detail = member.get("/" + shop.appId() + "/api/mall/goods/" + listing);
    assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
    assertThat(StorefrontVisitor.json(detail).getString("category")).isEqualTo("CDK");

    HttpResponse<String> redeemed = redeem(member, shop.appId(), listing, 1);
    assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(201);
    JsonObject r = StorefrontVisitor.json(redeemed);
    assertThat(redeemed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/mall/redemptions/" + r.getJsonNumber("id")));
    assertThat(r.getString("status")).isEqualTo("COMPLETED");
    assertThat(r.getString("orderNumber")).isNotBlank();
    assertThat(r.getJsonArray("codes")).hasSize(1);
    String code = r.getJsonArray("codes").getString(0);
    assertThat(cdk.getJsonArray("codes").getValuesAs(jakarta.json.JsonString::getString)).contains(code);
    assertThat(r.getString("link")).isEqualTo("https://video.example.com/redeem");
    assertThat(r.containsKey("memberId")).as("no member id leaves the server").isFalse();

    JsonObject mine = StorefrontVisitor.json(member.get("/" + shop.appId() + "/api/mall/redemptions?page=0"));
    assertThat(mine.getInt("total")).isEqualTo(1);
    JsonObject first = mine.getJsonArray("items").getJsonObject(0);
    assertThat(first.getJsonArray("codes").getString(0)).isEqualTo(code);
    // Issue 10: what the member chose — the listing's display name, its cover by the listing id — not the goods' name or ids alone
    assertThat(first.getString("listingName")).isEqualTo("会员节 · 月卡特惠");
    assertThat(first.getJsonNumber("listingId").longValue()).isEqualTo(listing);
    assertThat(member.page("/" + shop.appId() + "/mall/redemptions/" + r.getJsonNumber("id")).body()).contains(code).contains("会员节 · 月卡特惠");

    JsonObject points = StorefrontVisitor.json(member.get("/" + shop.appId() + "/api/mall/points?page=0"));
    assertThat(points.getJsonNumber("balance").longValue()).isEqualTo(900);
    assertThat(points.getInt("total")).isEqualTo(2);
    JsonObject last = points.getJsonArray("items").getJsonObject(0);
    assertThat(last.getJsonNumber("amount").longValue()).isEqualTo(-100);
    assertThat(last.getString("source")).isEqualTo("MALL_REDEMPTION");
    assertThat(last.getJsonNumber("balanceAfter").longValue()).isEqualTo(900);

    StorefrontVisitor guest = new StorefrontVisitor();
    assertProblem(guest.get("/" + shop.appId() + "/api/mall/redemptions"), 401, "member.signInRequired");
    assertProblem(redeem(guest, shop.appId(), listing, 1), 401, "member.signInRequired");
    assertThat(guest.page("/" + shop.appId() + "/mall/points").statusCode()).isEqualTo(303);
    assertThat(guest.page("/" + shop.appId() + "/mall/points").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?next=mall/points"));
  }

  @Test
  void couponPointsAndRedPacketAwards() {
    MallShop shop = MallShop.open("Awards");
    String otherApp = shop.otherProduct("Sister app");
    long coupon = shop.goods("COUPON", "满50减10券", 5, 50, b -> b.add("link", "https://shop.example.com/coupon/42")).getJsonNumber("listingId").longValue();
    long points = shop.goods("POINTS", "兑换姐妹应用积分", 5, 30, b -> b.add("awardPoints", 25).add("awardAppId", otherApp)).getJsonNumber("listingId").longValue();
    long packet = shop.goods("CASH_RED_PACKET", "1元红包", 5, 20, b -> b.add("redPacketFen", 100)).getJsonNumber("listingId").longValue();
    shop.member("13800000002", PASSWORD, 500);
    shop.member(otherApp, "13800000002", PASSWORD, 0);
    StorefrontVisitor member = signedIn(shop.appId(), "13800000002");

    JsonObject c = created(redeem(member, shop.appId(), coupon, 1));
    assertThat(c.getString("status")).isEqualTo("COMPLETED");
    assertThat(c.getString("link")).isEqualTo("https://shop.example.com/coupon/42");

    JsonObject p = created(redeem(member, shop.appId(), points, 2));
    assertThat(p.getString("status")).isEqualTo("COMPLETED");
    assertThat(p.getJsonNumber("awardPoints").longValue()).isEqualTo(50);
    assertThat(p.getString("awardTargetAppId")).isEqualTo(otherApp);
    StorefrontVisitor sister = signedIn(otherApp, "13800000002");
    assertThat(StorefrontVisitor.json(sister.get("/" + otherApp + "/api/mall/points")).getJsonNumber("balance").longValue()).isEqualTo(50);

    JsonObject rp = created(redeem(member, shop.appId(), packet, 1));
    assertThat(rp.getString("status")).isEqualTo("COMPLETED");
    assertThat(rp.getJsonObject("redPacket").getJsonNumber("amountFen").longValue()).isEqualTo(100);
    assertThat(rp.getJsonObject("redPacket").getString("blessing")).isEqualTo("恭喜发财");

    assertThat(StorefrontVisitor.json(member.get("/" + shop.appId() + "/api/mall/points")).getJsonNumber("balance").longValue())
        .isEqualTo(500 - 50 - 60 - 20);
  }

  @Test
  void physicalGoodsAskForAnAddressThenShowTheShipping() {
    MallShop shop = MallShop.open("Physical");
    long mug = shop.goods("PHYSICAL", "保温杯", 5, 100, b -> b.add("deliveryDays", 7)).getJsonNumber("listingId").longValue();
    shop.member("13800000003", PASSWORD, 1000);
    StorefrontVisitor member = signedIn(shop.appId(), "13800000003");

    JsonObject r = created(redeem(member, shop.appId(), mug, 1));
    assertThat(r.getString("status")).isEqualTo("AWAITING_ADDRESS");
    String address = "/" + shop.appId() + "/api/mall/redemptions/" + r.getJsonNumber("id") + "/address";

    assertFieldProblem(member.put(address, addressForm("张三", "13800000003", " ", "中山路 1 号")), 400, "mall.address.region.invalid", "region");
    assertFieldProblem(member.put(address, addressForm("张三", "13800000003", "上海市 浦东新区", "")), 400, "mall.address.detail.invalid", "detail");
    assertFieldProblem(member.put(address, addressForm("张三", "phone?", "上海市 浦东新区", "中山路 1 号")), 400, "mall.address.phone.invalid", "phone");
    assertFieldProblem(member.put(address, addressForm("", "13800000003", "上海市 浦东新区", "中山路 1 号")), 400, "mall.address.recipient.invalid", "recipient");

    HttpResponse<String> given = member.put(address, addressForm("张三", "13800000003", "上海市 浦东新区", "中山路 1 号"));
    assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
    assertThat(StorefrontVisitor.json(given).getString("status")).isEqualTo("AWAITING_SHIPMENT");
    assertThat(StorefrontVisitor.json(given).getString("address")).isEqualTo("上海市 浦东新区 中山路 1 号");

    shop.ship(r.getJsonNumber("id").longValue(), "顺丰速运", "SF1234567890");
    JsonObject shipped = StorefrontVisitor.json(member.get("/" + shop.appId() + "/api/mall/redemptions/" + r.getJsonNumber("id")));
    assertThat(shipped.getString("status")).isEqualTo("SHIPPED");
    assertThat(shipped.getString("courier")).isEqualTo("顺丰速运");
    assertThat(shipped.getString("trackingNumber")).isEqualTo("SF1234567890");
    JsonObject listed = StorefrontVisitor.json(member.get("/" + shop.appId() + "/api/mall/redemptions")).getJsonArray("items").getJsonObject(0);
    assertThat(listed.getString("trackingNumber")).isEqualTo("SF1234567890");

    assertProblem(member.put(address, addressForm("李四", "13800000003", "北京市", "长安街 1 号")), 409, "mall.redemption.noAddressNeeded");
  }

  @Test
  void pointsPlusCashIsPaidOnTheSandboxPageOrCancelledWithEverythingGivenBack() {
    MallShop shop = MallShop.open("Cash");
    JsonObject goods = shop.goods("COUPON", "咖啡买一送一", 5, 1, b -> b.add("exchangeMethod", "POINTS_PLUS_CASH").add("cashFen", 100));
    long listing = goods.getJsonNumber("listingId").longValue();
    long sub = goods.getJsonNumber("subInventoryId").longValue();
    shop.member("13800000004", PASSWORD, 10);
    StorefrontVisitor member = signedIn(shop.appId(), "13800000004");
    JsonObject detail = StorefrontVisitor.json(member.get("/" + shop.appId() + "/api/mall/goods/" + listing));
    assertThat(detail.getString("exchangeMethod")).isEqualTo("POINTS_PLUS_CASH");
    assertThat(detail.getJsonNumber("payableFen").longValue()).as("1 point offsets 10 fen at rate 10").isEqualTo(90);

    JsonObject paid = created(redeem(member, shop.appId(), listing, 1));
    assertThat(paid.getString("status")).isEqualTo("PENDING_PAYMENT");
    assertThat(paid.getJsonNumber("cashFen").longValue()).isEqualTo(90);
    String payUrl = paid.getString("payUrl");
    String reference = payUrl.substring(payUrl.lastIndexOf('/') + 1);
    StorefrontVisitor cashier = new StorefrontVisitor();
    HttpResponse<String> payPage = cashier.page(payUrl.substring("/store".length()));
    assertThat(payPage.statusCode()).as(payPage.body()).isEqualTo(200);
    assertThat(payPage.body()).contains("沙箱支付", "确认支付", "咖啡买一送一");
    assertThat(cashier.page("/" + shop.appId() + "/pay/" + reference).statusCode()).isEqualTo(200);
    assertThat(cashier.page("/" + shop.appId() + "/pay/sbx_unknown").statusCode()).isEqualTo(404);
    String payment = "/" + shop.appId() + "/api/mall/payments/" + reference;
    assertThat(StorefrontVisitor.json(cashier.get(payment)).getJsonNumber("amountFen").longValue()).isEqualTo(90);
    HttpResponse<String> confirmed = cashier.post(payment + "/confirm", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    assertThat(StorefrontVisitor.json(confirmed).getString("status")).isEqualTo("PAID");
    assertProblem(cashier.post(payment + "/cancel", JsonValue.EMPTY_JSON_OBJECT), 409, "mall.payment.settled");
    JsonObject completed = StorefrontVisitor.json(member.get("/" + shop.appId() + "/api/mall/redemptions/" + paid.getJsonNumber("id")));
    assertThat(completed.getString("status")).isEqualTo("COMPLETED");
    assertThat(completed.getString("link")).isNotBlank();
    assertThat(shop.available(sub)).isEqualTo(4);

    JsonObject unpaid = created(redeem(member, shop.appId(), listing, 1));
    assertThat(shop.available(sub)).isEqualTo(3);
    assertThat(balance(member, shop.appId())).isEqualTo(8);
    String other = unpaid.getString("payUrl").substring(unpaid.getString("payUrl").lastIndexOf('/') + 1);
    HttpResponse<String> cancelled = cashier.post("/" + shop.appId() + "/api/mall/payments/" + other + "/cancel", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(StorefrontVisitor.json(cancelled).getString("status")).isEqualTo("CANCELLED");
    assertThat(StorefrontVisitor.json(member.get("/" + shop.appId() + "/api/mall/redemptions/" + unpaid.getJsonNumber("id"))).getString("status"))
        .isEqualTo("CANCELLED");
    assertThat(shop.available(sub)).as("stock given back").isEqualTo(4);
    assertThat(balance(member, shop.appId())).as("points given back").isEqualTo(9);
    assertProblem(cashier.post("/" + shop.appId() + "/api/mall/payments/" + other + "/confirm", JsonValue.EMPTY_JSON_OBJECT), 409, "mall.payment.settled");
  }

  @Test
  void refusalsAreClearConflictsNeverServerErrors() {
    MallShop shop = MallShop.open("Refusals");
    long dear = shop.goods("COUPON", "豪华券", 5, 500).getJsonNumber("listingId").longValue();
    long once = shop.goods("COUPON", "每日限兑券", 5, 10, b -> b.add("perUserLimit", 1)).getJsonNumber("listingId").longValue();
    long last = shop.goods("COUPON", "最后一张", 1, 10).getJsonNumber("listingId").longValue();
    Instant start = Instant.now().plus(Duration.ofDays(1));
    long flash = shop.goods("COUPON", "秒杀券", 5, 10, b -> b.add("flashStart", start.toString()).add("flashEnd", start.plus(Duration.ofHours(1)).toString()))
        .getJsonNumber("listingId").longValue();
    shop.member("13800000005", PASSWORD, 100);
    shop.member("13800000006", PASSWORD, 100);
    StorefrontVisitor member = signedIn(shop.appId(), "13800000005");
    StorefrontVisitor other = signedIn(shop.appId(), "13800000006");

    String message = assertFieldProblem(redeem(member, shop.appId(), dear, 1), 409, "mall.redeem.insufficientPoints", "quantity");
    assertThat(message).isEqualTo("积分不足");

    created(redeem(member, shop.appId(), once, 1));
    assertFieldProblem(redeem(member, shop.appId(), once, 1), 409, "mall.redeem.limit.user", "quantity");
    created(redeem(other, shop.appId(), once, 1));

    assertThat(other.get("/" + shop.appId() + "/api/mall/groups/" + defaultGroup(other, shop.appId()) + "/goods?page=0").body())
        .as("the list is cached before the sell-out")
        .contains("\"soldOut\":false");
    long perDevice = shop.goods("COUPON", "本机限兑券", 5, 1, b -> b.add("perDeviceLimit", 1)).getJsonNumber("listingId").longValue();
    created(redeem(member, shop.appId(), perDevice, 1));
    assertFieldProblem(redeem(other, shop.appId(), perDevice, 1), 409, "mall.redeem.limit.device", "quantity");
    assertFieldProblem(
        other.post("/" + shop.appId() + "/api/mall/listings/" + perDevice + "/redemptions", Json.createObjectBuilder().add("quantity", 1).build()),
        400, "mall.redeem.device.required", "deviceId");

    created(redeem(member, shop.appId(), last, 1));
    assertFieldProblem(redeem(other, shop.appId(), last, 1), 409, "inventory.outOfStock", "quantity");
    assertThat(StorefrontVisitor.json(other.get("/" + shop.appId() + "/api/mall/goods/" + last)).getBoolean("soldOut")).isTrue();
    JsonObject soldOutCard =
        StorefrontVisitor.json(other.get("/" + shop.appId() + "/api/mall/groups/" + defaultGroup(other, shop.appId()) + "/goods?page=0"))
            .getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(card -> card.getJsonNumber("listingId").longValue() == last)
            .findFirst()
            .orElseThrow();
    assertThat(soldOutCard.getBoolean("soldOut")).as("the sell-out reached the cached list").isTrue();

    JsonObject notYet = assertProblem(redeem(member, shop.appId(), flash, 1), 409, "mall.redeem.flashSaleNotStarted");
    assertThat(notYet.getString("detail")).isEqualTo("秒杀还未开始，请在开始后再来兑换");
    assertFieldProblem(redeem(member, shop.appId(), dear, 0), 400, "mall.redeem.quantity.invalid", "quantity");
    HttpResponse<String> english = member.send(member.request("/" + shop.appId() + "/api/mall/listings/" + dear + "/redemptions")
        .header("Accept-Language", "en").header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"quantity\":1,\"deviceId\":\"d\"}")));
    assertThat(StorefrontVisitor.json(english).getString("detail")).isEqualTo("Not enough points");
    assertThat(balance(member, shop.appId())).isEqualTo(79);
  }

  @Test
  void anotherTenantsListingsAndRedemptionsAreNotFoundHere() {
    MallShop mine = MallShop.open("Mine");
    MallShop theirs = MallShop.open("Theirs");
    mine.goods("COUPON", "我的券", 5, 10);
    JsonObject foreign = theirs.goods("COUPON", "别家的券", 5, 10, b -> b.add("cover", MallShop.coverPng()));
    long foreignListing = foreign.getJsonNumber("listingId").longValue();
    mine.member("13800000007", PASSWORD, 100);
    theirs.member("13800000007", PASSWORD, 100);
    StorefrontVisitor member = signedIn(mine.appId(), "13800000007");
    StorefrontVisitor theirMember = signedIn(theirs.appId(), "13800000007");
    long theirRedemption = created(redeem(theirMember, theirs.appId(), foreignListing, 1)).getJsonNumber("id").longValue();

    String app = "/" + mine.appId();
    assertProblem(member.get(app + "/api/mall/goods/" + foreignListing), 404, "notFound");
    assertProblem(member.get(app + "/api/mall/goods/" + foreignListing + "/images/cover"), 404, "notFound");
    assertProblem(redeem(member, mine.appId(), foreignListing, 1), 404, "notFound");
    assertProblem(member.get(app + "/api/mall/redemptions/" + theirRedemption), 404, "notFound");
    assertProblem(member.put(app + "/api/mall/redemptions/" + theirRedemption + "/address", addressForm("a", "13800000007", "b", "c")), 404, "notFound");
    assertThat(member.page(app + "/mall/goods/" + foreignListing).statusCode()).isEqualTo(404);
    long theirGroup = foreign.getJsonNumber("groupId").longValue();
    assertThat(member.get(app + "/api/mall/groups/" + theirGroup + "/goods?page=0").statusCode()).isEqualTo(404);
    assertThat(balance(member, mine.appId())).isEqualTo(100);
    assertThat(balance(theirMember, theirs.appId())).isEqualTo(90);
  }

  @Test
  void goodsImagesAreServedFromTheListingWithLongCachingAndNoSniffing() {
    MallShop shop = MallShop.open("Images");
    long listing = shop.goods("COUPON", "有图的券", 5, 10, b -> b.add("cover", MallShop.coverPng())).getJsonNumber("listingId").longValue();
    StorefrontVisitor guest = new StorefrontVisitor();
    String cover = "/" + shop.appId() + "/api/mall/goods/" + listing + "/images/cover";
    HttpResponse<String> image = guest.send(guest.request(cover).header("Accept", "image/*").GET());
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(image.headers().allValues("Cache-Control")).containsExactly("public, max-age=86400");
    assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    String etag = image.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = guest.send(guest.request(cover).header("Accept", "image/*").header("If-None-Match", etag).GET());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(guest.get("/" + shop.appId() + "/api/mall/goods/" + listing + "/images/detail").statusCode()).isEqualTo(404);
    assertThat(guest.get("/" + shop.appId() + "/api/mall/goods/" + listing + "/images/other").statusCode()).isEqualTo(404);
  }

  private static StorefrontVisitor signedIn(String appId, String phone) {
    StorefrontVisitor visitor = new StorefrontVisitor();
    HttpResponse<String> answer = visitor.post("/" + appId + "/api/session", Json.createObjectBuilder().add("phone", phone).add("password", PASSWORD).build());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return visitor;
  }

  private static HttpResponse<String> redeem(StorefrontVisitor visitor, String appId, long listingId, int quantity) {
    return visitor.post(
        "/" + appId + "/api/mall/listings/" + listingId + "/redemptions",
        Json.createObjectBuilder().add("quantity", quantity).add("deviceId", "device-" + appId).build());
  }

  private static long defaultGroup(StorefrontVisitor visitor, String appId) {
    return Json.createReader(new java.io.StringReader(visitor.get("/" + appId + "/api/mall/groups").body())).readArray()
        .getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static JsonObject created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return StorefrontVisitor.json(response);
  }

  private static long balance(StorefrontVisitor member, String appId) {
    return StorefrontVisitor.json(member.get("/" + appId + "/api/mall/points")).getJsonNumber("balance").longValue();
  }

  private static JsonObject addressForm(String recipient, String phone, String region, String detail) {
    return Json.createObjectBuilder().add("recipient", recipient).add("phone", phone).add("region", region).add("detail", detail).build();
  }

  private static List<Long> listingIds(HttpResponse<String> page) {
    return StorefrontVisitor.json(page).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getJsonNumber("listingId").longValue())
        .toList();
  }
}
