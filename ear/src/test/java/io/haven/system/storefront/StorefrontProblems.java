package io.haven.system.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** What every storefront problem answer must look like (RFC 9457 plus our code and field errors). */
final class StorefrontProblems {

  private StorefrontProblems() {}

  static JsonObject assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    JsonObject problem = StorefrontVisitor.json(response);
    assertThat(problem.getString("type")).isEqualTo("urn:haven:problem:" + code);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("code")).isEqualTo(code);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    return problem;
  }

  /** A problem naming {@code field} as the input at fault; returns that field's message. */
  static String assertFieldProblem(HttpResponse<String> response, int status, String code, String field) {
    JsonObject problem = assertProblem(response, status, code);
    assertThat(problem.getJsonArray("errors")).as(response.body()).isNotNull().hasSize(1);
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo(field);
    assertThat(error.getString("code")).isEqualTo(code);
    return error.getString("message");
  }
}
