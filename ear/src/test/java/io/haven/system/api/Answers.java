package io.haven.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;

/** What every API answer must look like, checked the same way in every test. */
final class Answers {

  private Answers() {}

  /** A 200 JSON answer, parsed. */
  static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return clean(response);
  }

  /**
   * A problem+json answer with this status and type ending (e.g. "stale" for
   * urn:haven:problem:stale), with a title and a detail, and nothing of the server's insides.
   */
  static JsonObject problem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .as("content type of " + response.body())
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = clean(response);
    assertThat(problem.getString("type")).isEqualTo("urn:haven:problem:" + type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    return problem;
  }

  private static JsonObject clean(HttpResponse<String> response) {
    assertThat(response.body())
        .as("an API answer never shows exceptions, stack traces or HTML")
        .doesNotContainIgnoringCase("exception")
        .doesNotContain("\tat ")
        .doesNotContainIgnoringCase("<html")
        .doesNotContainIgnoringCase("resteasy");
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
