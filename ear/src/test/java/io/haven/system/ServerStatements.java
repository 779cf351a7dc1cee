package io.haven.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the server sent to the database while a test's HTTP requests ran, through the fixtures
 * module's statement counter (StatementsFixture): for guards such as "a cached list costs no
 * statement". Windows must not overlap (tests of one class run one after another).
 */
public final class ServerStatements {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ServerStatements() {}

  /** Statements executed, and the SQL prepared (for a failing assertion's message). */
  public record Tally(long executed, List<String> sql) {
    @Override
    public String toString() {
      return executed + " statements: " + String.join("\n  ", sql);
    }
  }

  /** A result and the statements producing it cost. */
  public record Counted<T>(T result, Tally tally) {}

  /** Runs {@code requests} (HTTP calls to the server) and answers what they sent to the database. */
  public static <T> Counted<T> counting(Supplier<T> requests) {
    call("start");
    T result;
    try {
      result = requests.get();
    } catch (RuntimeException | Error e) {
      call("stop");
      throw e;
    }
    JsonObject stopped = call("stop");
    return new Counted<>(
        result,
        new Tally(stopped.getJsonNumber("executed").longValue(), stopped.getJsonArray("sql").getValuesAs(JsonString::getString)));
  }

  public static Tally count(Runnable requests) {
    return counting(
            () -> {
              requests.run();
              return null;
            })
        .tally();
  }

  private static JsonObject call(String what) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(Server.base() + "/it-fixtures/statements/" + what)).POST(HttpRequest.BodyPublishers.noBody()).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("statements fixture answered " + response.statusCode() + ": " + response.body());
      }
      return Json.createReader(new StringReader(response.body())).readObject();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
