package io.haven.bench.driver;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The driver's HTTP: one shared client (a connection per concurrent caller), JSON in and out. */
final class Http {

  record Answer(int status, String body, Map<String, List<String>> headers) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    Answer expect(int... statuses) {
      for (int s : statuses) {
        if (s == status) {
          return this;
        }
      }
      throw new IllegalStateException("unexpected HTTP " + status + ": " + body);
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  Http(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  String url(String path) {
    return base + path;
  }

  Answer get(String path, String... headers) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), headers);
  }

  Answer post(String path, String json, String... headers) throws Exception {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    return send(builder, headers);
  }

  private Answer send(HttpRequest.Builder builder, String... headers) throws Exception {
    builder.timeout(Duration.ofSeconds(60));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body(), response.headers().map());
  }
}
