package io.haven.system.admin;

import io.haven.system.Fixtures.Enterprise;
import io.haven.system.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Goods, listings and redemptions of one enterprise, made by the fixtures module's MallFixture. */
final class MallData {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private MallData() {}

  record Goods(long goodsId, long subInventoryId) {}

  record Redemption(long id, String orderNumber, String status) {}

  /** Points-mall goods with {@code allocate} of {@code stock} units in the product's (online) sub-inventory. */
  static Goods goods(Enterprise e, String name, String category, long stock, long allocate, boolean cover) {
    JsonObject answer =
        post("goods", base(e).add("name", name).add("category", category).add("stock", stock).add("allocate", allocate).add("cover", cover));
    return new Goods(answer.getJsonNumber("goodsId").longValue(), answer.getJsonNumber("subInventoryId").longValue());
  }

  /** E-commerce goods (R3) allocated to the product: a sub-inventory the points mall cannot list. */
  static Goods ecommerceGoods(Enterprise e, String name, long stock) {
    JsonObject answer =
        post("goods", base(e).add("name", name).add("purpose", "ECOMMERCE").add("stock", stock).add("allocate", stock).add("cover", false));
    return new Goods(answer.getJsonNumber("goodsId").longValue(), answer.getJsonNumber("subInventoryId").longValue());
  }

  /** A PURE_POINTS listing of the sub-inventory, online or offline. */
  static long listing(Enterprise e, long subInventoryId, String name, long points, boolean online) {
    return post("listings", base(e).add("subInventoryId", subInventoryId).add("name", name).add("points", points).add("online", online))
        .getJsonNumber("listingId")
        .longValue();
  }

  /** A member (by the enterprise's member id) redeems one unit; a physical one gets the address when recipient is given. */
  static Redemption redeem(Enterprise e, String listingName, String memberId, String recipient) {
    JsonObjectBuilder body = base(e).add("listingName", listingName).add("memberId", memberId).add("points", 100_000);
    if (recipient != null) {
      body.add("recipient", recipient).add("phone", "13800138000").add("address", "上海市浦东新区世纪大道 100 号");
    }
    JsonObject answer = post("redemptions", body);
    return new Redemption(answer.getJsonNumber("redemptionId").longValue(), answer.getString("orderNumber"), answer.getString("status"));
  }

  /**
   * A published lottery (one free play a day, nothing else) whose one prize, always drawn, sets
   * aside {@code quantity} units of the sub-inventory; answers its id.
   */
  static long activity(Enterprise e, long subInventoryId, int quantity) {
    JsonObjectBuilder body =
        base(e).add("subInventoryId", subInventoryId).add("weightPpm", 1_000_000).add("quantity", quantity).add("pointsPerPlay", 0).add("freePlays", 1).add("playsPerDay", 1);
    return post("/it-fixtures/mall-storefront/activities", body).getJsonNumber("activityId").longValue();
  }

  /**
   * A new storefront member of the enterprise's app plays the activity once (its prize always
   * drawn) and, the prize being physical, gives the address: the play is awaiting shipment.
   * Answers the play's id.
   */
  static long wonAndAddressed(Enterprise e, long activityId, String phone) {
    String password = "Winner-Pass-2026";
    post("/it-fixtures/mall-storefront/members",
        Json.createObjectBuilder().add("tenantId", e.tenantId()).add("appId", e.appId()).add("phone", phone).add("password", password).add("points", 0));
    String[] session = {null};
    String api = Server.store(e.appId()) + "/api/";
    send(session, "POST", api + "session", Json.createObjectBuilder().add("phone", phone).add("password", password).build().toString(), 200);
    JsonObject play = read(send(session, "POST", api + "activities/" + activityId + "/plays", "{}", 201));
    long playId = play.getJsonNumber("id").longValue();
    String address = Json.createObjectBuilder().add("recipient", "王五").add("phone", phone).add("address", "北京市长安街 1 号").build().toString();
    send(session, "PUT", api + "activities/plays/" + playId + "/address", address, 200);
    return playId;
  }

  /** A storefront call with the member's session cookie, which each answer may renew. */
  private static String send(String[] session, String method, String url, String json, int expected) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").header("Accept", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(json));
      if (session[0] != null) {
        request.header("Cookie", session[0]);
      }
      HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
          .ifPresent(c -> session[0] = c.substring(0, c.contains(";") ? c.indexOf(';') : c.length()));
      if (answer.statusCode() != expected) {
        throw new IllegalStateException(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
      }
      return answer.body();
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    }
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static JsonObjectBuilder base(Enterprise e) {
    return Json.createObjectBuilder().add("tenantId", e.tenantId()).add("productId", e.productId());
  }

  private static JsonObject post(String path, JsonObjectBuilder body) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(Server.base() + (path.startsWith("/") ? path : "/it-fixtures/mall/" + path)))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("mall fixture " + path + " answered " + response.statusCode() + ": " + response.body());
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
