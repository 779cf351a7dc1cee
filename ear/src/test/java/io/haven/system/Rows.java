package io.haven.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What the database holds, read past every boundary and cache through the fixtures' {@code
 * RowsFixture} ({@code /it-fixtures/rows}): one {@code select}, its first column of its first row.
 * Native SQL: the caller writes the tenant predicate.
 */
public final class Rows {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Rows() {}

  /** The first column of the first row as a number; fails when there is no row. */
  public static long value(String sql, Object... params) {
    JsonObject answer = first(sql, params);
    assertThat(answer.isNull("value")).as(sql + " found a row").isFalse();
    return answer.getJsonNumber("value").longValue();
  }

  /** The first column of the first row as text; fails when there is no row. */
  public static String text(String sql, Object... params) {
    JsonObject answer = first(sql, params);
    assertThat(answer.isNull("text")).as(sql + " found a row").isFalse();
    return answer.getString("text");
  }

  private static JsonObject first(String sql, Object... params) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (Object p : params) {
      if (p instanceof Number n) {
        values.add(n.longValue());
      } else {
        values.add(String.valueOf(p));
      }
    }
    try {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(Server.base() + "/it-fixtures/rows"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("sql", sql).add("params", values).build().toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      return Json.createReader(new StringReader(answer.body())).readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
