package io.haven.tenancy.boundary;

import io.haven.common.HavenException;

/** Why a request under an already used Idempotency-Key is not run again. */
public class PartnerRequestRefused extends HavenException {

  public static final String FIELD = "Idempotency-Key";

  private PartnerRequestRefused(Kind kind, String code, String message) {
    super(kind, code, FIELD, message);
  }

  public static PartnerRequestRefused inFlight() {
    return new PartnerRequestRefused(
        Kind.CONFLICT, "request.inFlight", "A request with this Idempotency-Key is still being processed; retry later");
  }

  public static PartnerRequestRefused keyReused() {
    return new PartnerRequestRefused(
        Kind.UNPROCESSABLE,
        "request.keyReused",
        "This Idempotency-Key was used for a different request; use a new key for a new request");
  }
}
