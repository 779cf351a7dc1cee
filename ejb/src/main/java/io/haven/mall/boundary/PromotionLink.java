package io.haven.mall.boundary;

/**
 * A promotion (M5): the relative URL ({@code /store/{appId}/mall} or
 * {@code /store/{appId}/mall/goods/{listingId}}) — the surface prefixes its public origin — and a
 * QR code PNG of the absolute URL.
 */
public record PromotionLink(String url, byte[] qrPng) {}
