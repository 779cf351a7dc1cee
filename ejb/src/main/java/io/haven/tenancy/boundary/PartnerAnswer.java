package io.haven.tenancy.boundary;

/**
 * The answer a partner request got, kept under its Idempotency-Key and replayed to a retry: status,
 * media type, Location (or null) and the exact body. {@code replayed} is true when this is the
 * kept answer of an earlier request rather than the outcome of this one.
 */
public record PartnerAnswer(int status, String type, String location, String body, boolean replayed) {

  public static PartnerAnswer of(int status, String type, String location, String body) {
    return new PartnerAnswer(status, type, location, body, false);
  }

  PartnerAnswer asReplay() {
    return new PartnerAnswer(status, type, location, body, true);
  }
}
