package io.haven.common.json;

import io.haven.common.HavenException;

/**
 * A JSON body refused before anything read it. Its code is the problem type the surfaces answer:
 * {@code malformed-json} when the body is not one well-formed JSON document within bounds or a
 * field holds a value of the wrong JSON type (the body is not the expected JSON), {@code
 * invalid-input} when a number is out of the bounds any field takes or a key is not a property of
 * the request. {@link #field()} names the
 * field where there is one.
 */
public class JsonRefused extends HavenException {

  public static final String MALFORMED = "malformed-json";
  public static final String INVALID = "invalid-input";

  JsonRefused(String code, String field, String message) {
    super(Kind.INVALID, code, field, message);
  }

  static JsonRefused malformed(String message) {
    return new JsonRefused(MALFORMED, null, message);
  }

  static JsonRefused malformed(String field, String message) {
    return new JsonRefused(MALFORMED, field, message);
  }

  static JsonRefused wrongType(String field, String message) {
    return new JsonRefused(MALFORMED, field, field + ": " + message);
  }

  /** A key the target has no property for (see {@code JsonShape}): refused, not ignored. */
  static JsonRefused unknown(String field) {
    String shown = StrictJson.printable(field);
    return new JsonRefused(INVALID, shown, shown + ": is not a property of this request");
  }

  static JsonRefused invalid(String field, String message) {
    return new JsonRefused(INVALID, field, field + ": " + message);
  }
}
