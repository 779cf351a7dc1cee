package io.haven.storefront.common;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, plus the message
 * key as {@code code} and, for bad input, {@code errors} naming each field so the page can show the
 * message under it.
 */
public record Problem(int status, String code, String title, String detail, List<FieldError> errors, String instance) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One input field and what is wrong with it. */
  public record FieldError(String field, String code, String message) {}

  public String toJson() {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", "urn:haven:problem:" + code)
            .add("title", title)
            .add("status", status)
            .add("detail", detail)
            .add("code", code);
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("code", e.code()).add("message", e.message())));
      json.add("errors", list);
    }
    if (instance != null) {
      json.add("instance", instance);
    }
    return json.build().toString();
  }
}
