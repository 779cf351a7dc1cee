package io.haven.coupons.boundary;

import java.time.Instant;

/** A verifier: the console account and the store it is bound to. */
public record VerifierView(long id, long consoleUserId, String username, String displayName, boolean enabled, long storeId, String storeName, Instant createdAt) {}
