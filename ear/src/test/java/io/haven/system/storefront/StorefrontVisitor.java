package io.haven.system.storefront;

import io.haven.system.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One member's browser, seen from HTTP: keeps its session cookie by hand (so a test can see it
 * change, or plant it in another visitor), never follows redirects, and sends what the storefront's
 * script sends.
 */
final class StorefrontVisitor {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

  private String sessionId;
  private String language;

  StorefrontVisitor speaking(String language) {
    this.language = language;
    return this;
  }

  /** A path below /store, e.g. {@code /hv…/api/me}. */
  static String url(String path) {
    return Server.base() + "/store" + path;
  }

  HttpResponse<String> page(String path) {
    return send(request(path).header("Accept", "text/html").GET());
  }

  HttpResponse<String> get(String path) {
    return send(request(path).header("Accept", "application/json").GET());
  }

  HttpResponse<String> post(String path, JsonObject body) {
    return raw("POST", path, "application/json", body.toString());
  }

  HttpResponse<String> put(String path, JsonObject body) {
    return raw("PUT", path, "application/json", body.toString());
  }

  HttpResponse<String> delete(String path) {
    return send(request(path).header("Accept", "application/json").DELETE());
  }

  /** Any method, content type and body, as a browser form or a misbehaving client might send. */
  HttpResponse<String> raw(String method, String path, String contentType, String body) {
    HttpRequest.Builder request = request(path).header("Accept", "application/json");
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request.method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().allValues("Set-Cookie").forEach(this::remember);
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
    if (sessionId != null) {
      request.header("Cookie", "JSESSIONID=" + sessionId);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return request;
  }

  String sessionId() {
    return sessionId;
  }

  /** Plants a session id, as an attacker would in a victim's browser. */
  void useSession(String sessionId) {
    this.sessionId = sessionId;
  }

  static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private void remember(String setCookie) {
    Matcher m = SESSION_COOKIE.matcher(setCookie);
    if (m.find()) {
      sessionId = m.group(1);
    }
  }
}
