package io.haven.tenancy.boundary;

import java.time.Instant;

/** Whether a product has partner-API credentials, and since when (never the secret). */
public record CredentialStatus(
    long productId,
    String productName,
    String appId,
    boolean issued,
    Instant issuedAt,
    Instant rotatedAt,
    Instant previousValidUntil) {}
