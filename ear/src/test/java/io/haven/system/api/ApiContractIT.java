package io.haven.system.api;

import static io.haven.system.api.Answers.ok;
import static io.haven.system.api.Answers.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a partner's code can rely on besides the signature: every error is problem+json with a
 * stable type (never a stack trace, never HTML), and the OpenAPI document describes every
 * operation the API really has.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

  private static final String PING = "/api/v1/ping";
  private static Fixtures.Enterprise partner;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  private static Fixtures.Enterprise partner() {
    if (partner == null) {
      partner = Fixtures.openEnterprise("Api Contract", "HOSTED_LOGIN", null);
    }
    return partner;
  }

  private static PartnerCall signed(String method, String path) {
    return PartnerCall.of(method, path).as(partner().appId(), partner().apiSecret());
  }

  private static HttpResponse<String> unsigned(String method, String path) {
    return PartnerCall.send(
        HttpRequest.newBuilder(URI.create(Server.base() + path)).method(method, HttpRequest.BodyPublishers.noBody()).build());
  }

  @Test
  void unknownPathsAre404ButOnlySignedCallersLearnIt() {
    problem(signed("GET", "/api/v1/no-such-thing").send(), 404, "not-found");
    problem(signed("GET", "/api/v1/ping/deeper").send(), 404, "not-found");
    problem(signed("GET", "/api/v1").send(), 404, "not-found");
    // Without a signature an unknown path answers exactly what a known one answers.
    JsonObject unknown = problem(unsigned("GET", "/api/v1/no-such-thing"), 401, "unsigned");
    JsonObject known = problem(unsigned("GET", PING), 401, "unsigned");
    assertThat(unknown).isEqualTo(known);
    problem(unsigned("DELETE", "/api/v1/members/1"), 401, "unsigned");
    // Outside /api/v1 there is nothing, and that is said as a problem too, not as an HTML page.
    for (String outside : List.of("/api/", "/api/index.html", "/api/v2/ping", "/api/WEB-INF/web.xml", "/api/META-INF/MANIFEST.MF", "/api/web-inf/beans.xml", "/api/error")) {
      problem(unsigned("GET", outside), 404, "not-found");
    }
    problem(unsigned("POST", "/api/whatever"), 404, "not-found");
  }

  @Test
  void aWrongMethodIs405NamingTheAllowedOnes() {
    HttpResponse<String> response = signed("DELETE", PING).send();
    JsonObject answer = problem(response, 405, "method-not-allowed");
    assertThat(answer.getString("detail")).contains("GET", "POST");
    assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
    problem(signed("PUT", PING).body("{\"message\":\"x\"}").send(), 405, "method-not-allowed");
  }

  @Test
  void wrongMediaTypesAreProblemsToo() {
    problem(signed("POST", PING).body("message=hello").contentType("application/x-www-form-urlencoded").send(), 415, "unsupported-media-type");
    problem(signed("POST", PING).body("hello").contentType("text/plain").send(), 415, "unsupported-media-type");
    problem(signed("GET", PING).accept("text/html").send(), 406, "not-acceptable");
  }

  @Test
  void malformedJsonIs400SayingWhere() {
    JsonObject syntax = problem(signed("POST", PING).body("{\"message\": }").send(), 400, "malformed-json");
    assertThat(syntax.getString("detail")).contains("JSON", "line 1");
    problem(signed("POST", PING).body("{\"message\": \"unterminated").send(), 400, "malformed-json");
    problem(signed("POST", PING).body("[1, 2").send(), 400, "malformed-json");
    JsonObject shape = problem(signed("POST", PING).body("{\"message\": {\"nested\": true}}").send(), 400, "malformed-json");
    assertThat(shape.getString("detail")).contains("message");
  }

  @Test
  void invalidFieldsAre400NamingEachField() {
    for (String body : List.of("{}", "{\"message\":\"   \"}", "{\"message\":null}")) {
      JsonObject answer = problem(signed("POST", PING).body(body).send(), 400, "invalid-input");
      assertThat(answer.getJsonArray("errors")).hasSize(1);
      assertThat(answer.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("message");
      assertThat(answer.getJsonArray("errors").getJsonObject(0).getString("message")).isNotBlank();
    }
    JsonObject tooLong = problem(signed("POST", PING).body("{\"message\":\"" + "x".repeat(501) + "\"}").send(), 400, "invalid-input");
    assertThat(tooLong.getString("detail")).startsWith("message:");
    // an empty JSON body is a missing body
    JsonObject empty = problem(signed("POST", PING).contentType("application/json").send(), 400, "invalid-input");
    assertThat(empty.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
    // and no body with no media type is not JSON at all
    problem(signed("POST", PING).send(), 415, "unsupported-media-type");
  }

  @Test
  void bodiesOverOneMebibyteAre413() {
    byte[] tooLarge = new byte[1024 * 1024 + 1];
    Arrays.fill(tooLarge, (byte) ' ');
    JsonObject answer = problem(signed("POST", PING).body(tooLarge).send(), 413, "payload-too-large");
    assertThat(answer.getString("detail")).contains("1 MiB");
    // exactly 1 MiB is read, verified and judged on its content
    String message = "{\"message\":\"" + "x".repeat(1024 * 1024 - 14) + "\"}";
    assertThat(message.getBytes(StandardCharsets.UTF_8)).hasSize(1024 * 1024);
    problem(signed("POST", PING).body(message).send(), 400, "invalid-input");
  }

  @Test
  void theOpenApiDocumentDescribesEveryOperation() throws Exception {
    HttpResponse<String> response =
        PartnerCall.send(HttpRequest.newBuilder(URI.create(Server.base() + "/api/openapi?format=JSON")).build());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject document = Json.createReader(new StringReader(response.body())).readObject();

    assertThat(document.getJsonObject("info").getString("title")).isEqualTo("Haven partner API");
    JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
    List<String> headers = new ArrayList<>();
    schemes.values().forEach(s -> {
      assertThat(s.asJsonObject().getString("in")).isEqualTo("header");
      headers.add(s.asJsonObject().getString("name"));
    });
    assertThat(headers).containsExactlyInAnyOrder("X-Haven-AppId", "X-Haven-Timestamp", "X-Haven-Nonce", "X-Haven-Signature");
    assertThat(document.getJsonArray("security").getJsonObject(0).keySet()).containsExactlyInAnyOrderElementsOf(schemes.keySet());
    assertThat(document.getJsonObject("components").getJsonObject("schemas")).containsKey("Problem");

    List<ApiResources.Operation> operations = ApiResources.inBuiltEar();
    assertThat(operations).contains(new ApiResources.Operation("get", PING), new ApiResources.Operation("post", PING));
    JsonObject paths = document.getJsonObject("paths");
    for (ApiResources.Operation operation : operations) {
      assertThat(paths).as("documented paths").containsKey(operation.path());
      JsonObject documented = paths.getJsonObject(operation.path()).getJsonObject(operation.method());
      assertThat(documented).as(operation + " is documented").isNotNull();
      assertThat(documented.getString("summary", "")).as(operation + " has a summary").isNotBlank();
      JsonObject responses = documented.getJsonObject("responses");
      assertThat(responses).as(operation + " documents its answers").containsKeys("401", "500");
      assertThat(responses.keySet()).as(operation + " documents its success").containsAnyOf("200", "201");
      if (operation.method().equals("post") && !operation.path().equals(PING)) {
        assertThat(documented.toString()).as(operation + " documents the Idempotency-Key").contains("Idempotency-Key");
      }
      if (operation.method().equals("post")) {
        // StrictJson refuses a key the body has no property for: the document must not invite one
        JsonObject schema = documented.getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
        if (schema.containsKey("$ref")) {
          schema = document.getJsonObject("components").getJsonObject("schemas")
              .getJsonObject(schema.getString("$ref").substring("#/components/schemas/".length()));
        }
        assertThat(schema.get("additionalProperties")).as(operation + " body takes no other properties: " + schema).isEqualTo(JsonValue.FALSE);
      }
      assertThat(resolve(document, responses.getJsonObject("401")).getJsonObject("content"))
          .as(operation + " shows its 401 as a problem")
          .containsKey("application/problem+json");
    }
    // and nothing that does not exist
    paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
        .filter(m -> List.of("get", "put", "post", "delete", "patch", "head", "options").contains(m))
        .forEach(m -> assertThat(operations).as("documented " + m + " " + path + " exists").contains(new ApiResources.Operation(m, path))));

    JsonObject unauthenticated = document.getJsonObject("components").getJsonObject("responses").getJsonObject("Unauthenticated");
    JsonObject examples = unauthenticated.getJsonObject("content").getJsonObject("application/problem+json").getJsonObject("examples");
    assertThat(examples).containsKeys("unsigned", "stale", "bad-signature", "replayed");

    HttpResponse<String> yaml = PartnerCall.send(HttpRequest.newBuilder(URI.create(Server.base() + "/api/openapi")).build());
    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.body()).contains("openapi: 3").contains(PING + ":");

    // The other JAX-RS modules of the EAR keep to the default document; the partners' is theirs.
    HttpResponse<String> others = PartnerCall.send(HttpRequest.newBuilder(URI.create(Server.base() + "/openapi?format=JSON")).build());
    assertThat(others.body()).doesNotContain(PING);
  }

  /**
   * Every POST that changes something refuses to run without an Idempotency-Key (V5), found from
   * the built EAR's resources, so a new POST without {@code @Idempotent} fails here.
   */
  @Test
  void everyChangingPostRequiresAnIdempotencyKey() throws Exception {
    List<ApiResources.Operation> posts =
        ApiResources.inBuiltEar().stream().filter(o -> o.method().equals("post") && !o.path().equals(PING)).toList();
    assertThat(posts).extracting(ApiResources.Operation::path)
        .contains("/api/v1/members", "/api/v1/member-tasks/{taskCode}/completions", "/api/v1/members/{memberId}/points/credits",
            "/api/v1/members/{memberId}/points/debits");
    for (ApiResources.Operation post : posts) {
      String path = post.path().replaceAll("\\{[^}]+}", "x-1");
      JsonObject missing = problem(signed("POST", path).body("{}").send(), 400, "invalid-input");
      assertThat(missing.getJsonArray("errors").getJsonObject(0).getString("field")).as(post.toString()).isEqualTo("Idempotency-Key");
    }
  }

  @Test
  void theDocumentsProblemExamplesAreWhatTheApiAnswers() {
    // A documented example is a promise: the stale one has the real type and title.
    HttpResponse<String> response =
        PartnerCall.send(HttpRequest.newBuilder(URI.create(Server.base() + "/api/openapi?format=JSON")).build());
    JsonObject examples =
        Json.createReader(new StringReader(response.body())).readObject()
            .getJsonObject("components").getJsonObject("responses").getJsonObject("Unauthenticated")
            .getJsonObject("content").getJsonObject("application/problem+json").getJsonObject("examples");
    JsonObject stale = problem(signed("GET", PING).timestamp(1).send(), 401, "stale");
    JsonObject documented = value(examples.getJsonObject("stale"));
    assertThat(documented.getString("type")).isEqualTo(stale.getString("type"));
    assertThat(documented.getString("title")).isEqualTo(stale.getString("title"));
    JsonObject missing = problem(signed("GET", PING).without("X-Haven-Signature").send(), 401, "unsigned");
    assertThat(value(examples.getJsonObject("unsigned"))).isEqualTo(missing);
    ok(signed("GET", PING).send());
  }

  /** An example's value: SmallRye writes a JSON example either parsed or as a string. */
  private static JsonObject value(JsonObject example) {
    JsonValue value = example.get("value");
    return value.getValueType() == JsonValue.ValueType.STRING
        ? Json.createReader(new StringReader(((jakarta.json.JsonString) value).getString())).readObject()
        : value.asJsonObject();
  }

  private static JsonObject resolve(JsonObject document, JsonObject response) {
    if (!response.containsKey("$ref")) {
      return response;
    }
    String name = response.getString("$ref").substring("#/components/responses/".length());
    return document.getJsonObject("components").getJsonObject("responses").getJsonObject(name);
  }

  private static String typeOf(HttpResponse<String> response) {
    String type = Json.createReader(new StringReader(response.body())).readObject().getString("type", "");
    return type.substring(type.lastIndexOf(':') + 1);
  }
}
