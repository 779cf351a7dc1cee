package io.haven.tenancy.boundary;

/**
 * The answer a partner request got, as it is replayed to a retry with the same Idempotency-Key:
 * status, media type, Location (or null) and the exact body.
 */
public record RecordedAnswer(int status, String type, String location, String body) {}
