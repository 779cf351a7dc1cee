package io.haven.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Test data through the fixtures module: each call opens a fresh enterprise. */
public final class Fixtures {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Fixtures() {}

  /**
   * A new enterprise with one product. {@code loginScheme} may be null (not confirmed yet),
   * HOSTED_LOGIN, or OWN_LOGIN with {@code callbackUrl}. The answer carries tenantId, enterpriseName,
   * adminUsername, adminPassword, productId, appId, apiSecret.
   */
  public static Enterprise openEnterprise(String name, String loginScheme, String callbackUrl) {
    var body = Json.createObjectBuilder().add("name", name);
    if (loginScheme != null) {
      body.add("loginScheme", loginScheme);
    }
    if (callbackUrl != null) {
      body.add("callbackUrl", callbackUrl);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(Server.base() + "/it-fixtures/enterprises"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("fixtures answered " + response.statusCode() + ": " + response.body());
      }
      JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
      return new Enterprise(
          json.getJsonNumber("tenantId").longValue(),
          json.getString("enterpriseName"),
          json.getString("adminUsername"),
          json.getString("adminPassword"),
          json.getJsonNumber("productId").longValue(),
          json.getString("appId"),
          json.getString("apiSecret"));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Adds a member task (V4) with this code to the enterprise's product; answers its id. */
  public static long memberTask(Enterprise as, String code, int growth, String cycleType, int perCycle) {
    return post(
            "/it-fixtures/member-programme/tasks",
            Json.createObjectBuilder()
                .add("tenantId", as.tenantId())
                .add("productId", as.productId())
                .add("code", code)
                .add("growth", growth)
                .add("cycleType", cycleType)
                .add("perCycle", perCycle)
                .build())
        .getJsonNumber("id")
        .longValue();
  }

  /** Adds a member level (V3) with a generated badge to the enterprise's product; answers its id. */
  public static long memberLevel(Enterprise as, String name, long minGrowth) {
    return post(
            "/it-fixtures/member-programme/levels",
            Json.createObjectBuilder()
                .add("tenantId", as.tenantId())
                .add("productId", as.productId())
                .add("name", name)
                .add("minGrowth", minGrowth)
                .build())
        .getJsonNumber("id")
        .longValue();
  }

  /** The member with this enterprise member id completes the member task now; answers the growth value after. */
  public static long completeMemberTask(Enterprise as, String memberId, String code) {
    return post(
            "/it-fixtures/member-programme/completions",
            Json.createObjectBuilder()
                .add("tenantId", as.tenantId())
                .add("productId", as.productId())
                .add("memberId", memberId)
                .add("code", code)
                .build())
        .getJsonNumber("growthValue")
        .longValue();
  }

  private static JsonObject post(String path, JsonObject body) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(Server.base() + path))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("fixtures answered " + response.statusCode() + ": " + response.body());
      }
      return Json.createReader(new StringReader(response.body())).readObject();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A fixture enterprise and what a test needs to act as it. */
  public record Enterprise(
      long tenantId,
      String name,
      String adminUsername,
      String adminPassword,
      long productId,
      String appId,
      String apiSecret) {}
}
