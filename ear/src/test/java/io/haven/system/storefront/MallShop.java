package io.haven.system.storefront;

import io.haven.system.Fixtures;
import io.haven.system.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * One enterprise's points mall, set up through the fixtures module (MallStorefrontFixture) the way
 * an operator would: goods, allocation, listing; members with points; shipping.
 */
final class MallShop {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final Fixtures.Enterprise enterprise;

  MallShop(Fixtures.Enterprise enterprise) {
    this.enterprise = enterprise;
  }

  static MallShop open(String name) {
    return new MallShop(Fixtures.openEnterprise(name, "HOSTED_LOGIN", null));
  }

  String appId() {
    return enterprise.appId();
  }

  /** Goods of {@code category} on sale for {@code points} each; {@code more} adds optional fields. */
  JsonObject goods(String category, String name, int stock, long points, Consumer<JsonObjectBuilder> more) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("tenantId", enterprise.tenantId())
            .add("productId", enterprise.productId())
            .add("category", category)
            .add("name", name)
            .add("stock", stock)
            .add("points", points);
    more.accept(body);
    return post("/mall-storefront/goods", body.build());
  }

  JsonObject goods(String category, String name, int stock, long points) {
    return goods(category, name, stock, points, b -> {});
  }

  /** A published lottery with one prize from {@code subInventoryId}; answers its id. */
  long activity(long subInventoryId, int weightPpm, int quantity, long pointsPerPlay, int freePlays, int playsPerDay) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("tenantId", enterprise.tenantId())
            .add("productId", enterprise.productId())
            .add("subInventoryId", subInventoryId)
            .add("weightPpm", weightPpm)
            .add("quantity", quantity)
            .add("pointsPerPlay", pointsPerPlay)
            .add("freePlays", freePlays)
            .add("playsPerDay", playsPerDay)
            .build();
    return post("/mall-storefront/activities", body).getJsonNumber("activityId").longValue();
  }

  /** A member of this mall who can sign in with {@code phone} / {@code password}, holding {@code points}. */
  long member(String phone, String password, long points) {
    return member(appId(), phone, password, points);
  }

  long member(String appId, String phone, String password, long points) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("tenantId", enterprise.tenantId())
            .add("appId", appId)
            .add("phone", phone)
            .add("password", password)
            .add("points", points)
            .build();
    return post("/mall-storefront/members", body).getJsonNumber("memberId").longValue();
  }

  void credit(String phone, String password, long points) {
    post(
        "/mall-storefront/members/credit",
        Json.createObjectBuilder()
            .add("tenantId", enterprise.tenantId())
            .add("appId", appId())
            .add("phone", phone)
            .add("password", password)
            .add("points", points)
            .build());
  }

  /** Another product of the same enterprise: its appId. */
  String otherProduct(String name) {
    return post("/mall-storefront/products", Json.createObjectBuilder().add("tenantId", enterprise.tenantId()).add("name", name).build())
        .getString("appId");
  }

  void offline(long listingId) {
    post("/mall-storefront/listings/" + listingId + "/offline", Json.createObjectBuilder().add("tenantId", enterprise.tenantId()).build());
  }

  void ship(long redemptionId, String courier, String tracking) {
    post(
        "/mall-storefront/redemptions/" + redemptionId + "/ship",
        Json.createObjectBuilder().add("tenantId", enterprise.tenantId()).add("courier", courier).add("trackingNumber", tracking).build());
  }

  long available(long subInventoryId) {
    return send(HttpRequest.newBuilder(URI.create(Server.base() + "/it-fixtures/mall-storefront/sub-inventories/" + subInventoryId + "?tenantId=" + enterprise.tenantId())).GET())
        .getJsonNumber("available")
        .longValue();
  }

  /** A small square PNG, base64, as a cover image. */
  static String coverPng() {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 64; x++) {
      for (int y = 0; y < 64; y++) {
        image.setRGB(x, y, (x * 4) << 16 | (y * 4) << 8 | 0x37);
      }
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return Base64.getEncoder().encodeToString(out.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject post(String path, JsonObject body) {
    return send(
        HttpRequest.newBuilder(URI.create(Server.base() + "/it-fixtures" + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  private static JsonObject send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("fixtures answered " + response.statusCode() + ": " + response.body());
      }
      return Json.createReader(new StringReader(response.body())).readObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
