package io.haven.tenancy.boundary;

import java.time.Instant;

/** A freshly generated secret: shown to the operator this once, never again. */
public record IssuedSecret(String appId, String secret, Instant previousValidUntil) {}
