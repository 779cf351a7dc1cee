package io.haven.api.problems;

/** Problem bodies as the OpenAPI document shows them; each is what the API really answers. */
public final class ProblemExamples {

  private ProblemExamples() {}

  public static final String UNSIGNED =
      "{\"type\":\"urn:haven:problem:unsigned\",\"title\":\"Request is not signed\",\"status\":401,"
          + "\"detail\":\"The X-Haven-Signature header is missing\"}";
  public static final String MALFORMED_HEADER =
      "{\"type\":\"urn:haven:problem:malformed-header\",\"title\":\"Signature header is malformed\",\"status\":401,"
          + "\"detail\":\"X-Haven-Timestamp must be the time in epoch seconds\"}";
  public static final String NOT_ACCEPTABLE =
      "{\"type\":\"urn:haven:problem:not-acceptable\",\"title\":\"Not acceptable\",\"status\":406,"
          + "\"detail\":\"This resource answers application/json (errors: application/problem+json)\"}";
  public static final String STALE =
      "{\"type\":\"urn:haven:problem:stale\",\"title\":\"Request timestamp is stale\",\"status\":401,"
          + "\"detail\":\"X-Haven-Timestamp is 412 s away from the server time 1767225600; at most 300 s are accepted\"}";
  public static final String BAD_SIGNATURE =
      "{\"type\":\"urn:haven:problem:bad-signature\",\"title\":\"Signature is not valid\",\"status\":401,"
          + "\"detail\":\"The signature does not match this request for this appId\"}";
  public static final String REPLAYED =
      "{\"type\":\"urn:haven:problem:replayed\",\"title\":\"Request was replayed\",\"status\":401,"
          + "\"detail\":\"This X-Haven-Nonce was already used; sign every request with a fresh nonce\"}";
  public static final String MALFORMED_JSON =
      "{\"type\":\"urn:haven:problem:malformed-json\",\"title\":\"Body is not the expected JSON\",\"status\":400,"
          + "\"detail\":\"The body is not valid JSON: syntax error at line 1, column 12\"}";
  public static final String INVALID_INPUT =
      "{\"type\":\"urn:haven:problem:invalid-input\",\"title\":\"Input is not valid\",\"status\":400,"
          + "\"detail\":\"message: must not be blank\",\"errors\":[{\"field\":\"message\",\"message\":\"must not be blank\"}]}";
  public static final String NOT_FOUND =
      "{\"type\":\"urn:haven:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
          + "\"detail\":\"There is no API resource at this path\"}";
  public static final String METHOD_NOT_ALLOWED =
      "{\"type\":\"urn:haven:problem:method-not-allowed\",\"title\":\"Method not allowed\",\"status\":405,"
          + "\"detail\":\"This method is not allowed here; allowed: GET, OPTIONS, POST\"}";
  public static final String PAYLOAD_TOO_LARGE =
      "{\"type\":\"urn:haven:problem:payload-too-large\",\"title\":\"Payload too large\",\"status\":413,"
          + "\"detail\":\"The request body is larger than 1 MiB\"}";
  public static final String UNSUPPORTED_MEDIA_TYPE =
      "{\"type\":\"urn:haven:problem:unsupported-media-type\",\"title\":\"Unsupported media type\",\"status\":415,"
          + "\"detail\":\"Send the body as application/json\"}";
  public static final String SERVER_ERROR =
      "{\"type\":\"urn:haven:problem:server-error\",\"title\":\"Server error\",\"status\":500,"
          + "\"detail\":\"Something went wrong on our side. Quote incident 3f9c2a1b to Haven support.\"}";
}
