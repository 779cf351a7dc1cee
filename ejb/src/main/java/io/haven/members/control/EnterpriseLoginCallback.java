package io.haven.members.control;

import io.haven.members.boundary.MemberRuleBroken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * OWN_LOGIN (T4): asks the enterprise's login-state callback whether a member token is valid.
 * Contract: {@code POST <callbackUrl>} with {@code {"token": "..."}}; a valid token answers 200
 * with {@code {"memberId": "...", "nickname": "..."}}; anything else means not signed in.
 */
@ApplicationScoped
public class EnterpriseLoginCallback {

  /** The member as the enterprise identifies them. */
  public record EnterpriseMember(String memberId, String nickname) {}

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).followRedirects(HttpClient.Redirect.NEVER).build();

  public EnterpriseMember validate(String callbackUrl, String token) {
    if (token == null || token.isBlank() || token.length() > 2048) {
      throw MemberRuleBroken.tokenRejected();
    }
    String body = Json.createObjectBuilder().add("token", token).build().toString();
    HttpResponse<String> response;
    try {
      response =
          client.send(
              HttpRequest.newBuilder(URI.create(callbackUrl))
                  .timeout(Duration.ofSeconds(5))
                  .header("Content-Type", "application/json")
                  .header("Accept", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException | IllegalArgumentException e) {
      throw MemberRuleBroken.enterpriseUnavailable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw MemberRuleBroken.enterpriseUnavailable();
    }
    if (response.statusCode() >= 500) {
      throw MemberRuleBroken.enterpriseUnavailable();
    }
    if (response.statusCode() != 200) {
      throw MemberRuleBroken.tokenRejected();
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject json = reader.readObject();
      String memberId = json.get("memberId") instanceof JsonString s ? s.getString().strip() : null;
      if (memberId == null || memberId.isEmpty() || memberId.length() > 64) {
        throw MemberRuleBroken.tokenRejected();
      }
      String nickname = json.get("nickname") instanceof JsonString n ? n.getString().strip() : "";
      return new EnterpriseMember(memberId, nickname);
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw MemberRuleBroken.tokenRejected();
    }
  }
}
