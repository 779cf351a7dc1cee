package io.haven.api.idempotency;

/** The idempotency problems as the OpenAPI document shows them; each is what the API answers. */
public final class IdempotencyExamples {

  private IdempotencyExamples() {}

  public static final String MISSING_KEY =
      "{\"type\":\"urn:haven:problem:invalid-input\",\"title\":\"Input is not valid\",\"status\":400,"
          + "\"detail\":\"The Idempotency-Key header is required: a new key for every new request, the same key for its retries\","
          + "\"errors\":[{\"field\":\"Idempotency-Key\",\"message\":\"The Idempotency-Key header is required: a new key for every"
          + " new request, the same key for its retries\"}]}";
  public static final String IN_FLIGHT =
      "{\"type\":\"urn:haven:problem:request.inFlight\",\"title\":\"Conflict\",\"status\":409,"
          + "\"detail\":\"A request with this Idempotency-Key is still being processed; retry later\","
          + "\"errors\":[{\"field\":\"Idempotency-Key\",\"message\":\"A request with this Idempotency-Key is still being processed; retry later\"}]}";
  public static final String KEY_REUSED =
      "{\"type\":\"urn:haven:problem:request.keyReused\",\"title\":\"Cannot be processed\",\"status\":422,"
          + "\"detail\":\"This Idempotency-Key was used for a different request; use a new key for a new request\","
          + "\"errors\":[{\"field\":\"Idempotency-Key\",\"message\":\"This Idempotency-Key was used for a different request; use a new key for a new request\"}]}";
}
