package io.haven.coupons.boundary;

import java.time.Instant;

/** The bytes of a store or coupon image and what they are. */
public record ImageData(String mediaType, byte[] bytes, Instant uploadedAt) {}
