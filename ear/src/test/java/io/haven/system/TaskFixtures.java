package io.haven.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;

/** Points tasks for system tests, made through the fixtures module in a fixture enterprise. */
public final class TaskFixtures {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private TaskFixtures() {}

  /** A task of {@code template} with a daily cycle of {@code perCycle} completions; answers its id. */
  public static long task(Fixtures.Enterprise enterprise, String template, String title, int points, int perCycle, int weight) {
    JsonObject body = Json.createObjectBuilder()
        .add("tenantId", enterprise.tenantId())
        .add("productId", enterprise.productId())
        .add("template", template)
        .add("title", title)
        .add("points", points)
        .add("perCycle", perCycle)
        .add("weight", weight)
        .build();
    return post("/it-fixtures/tasks", body).getJsonNumber("taskId").longValue();
  }

  /** An add-friend or join-group task (issue 17) listening to WeCom events with {@code configurationId}. */
  public static long contactTask(Fixtures.Enterprise enterprise, String template, String configurationId, int points, int perCycle) {
    JsonObject body = Json.createObjectBuilder()
        .add("tenantId", enterprise.tenantId())
        .add("productId", enterprise.productId())
        .add("template", template)
        .add("title", template)
        .add("points", points)
        .add("perCycle", perCycle)
        .add("weight", 0)
        .add("configurationId", configurationId)
        .build();
    return post("/it-fixtures/tasks", body).getJsonNumber("taskId").longValue();
  }

  /** Makes the enterprise a FREE edition one (K1). */
  public static void freeEdition(Fixtures.Enterprise enterprise) {
    post("/it-fixtures/tasks/free-edition", Json.createObjectBuilder().add("tenantId", enterprise.tenantId()).build());
  }

  /** A console user of the enterprise with {@code role}; answers its password. */
  public static String consoleUser(Fixtures.Enterprise enterprise, String username, String role) {
    return post("/it-fixtures/tasks/users",
            Json.createObjectBuilder().add("tenantId", enterprise.tenantId()).add("username", username).add("role", role).build())
        .getString("password");
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
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A small real PNG, as a phone camera would not make it but a decoder reads it. */
  public static byte[] png(int width, int height, int rgb) {
    try {
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < width; x++) {
        for (int y = 0; y < height; y++) {
          image.setRGB(x, y, rgb);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
