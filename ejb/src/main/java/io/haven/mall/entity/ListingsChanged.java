package io.haven.mall.entity;

/**
 * Fired (CDI event) when what a product's storefront goods lists show has changed: a listing was
 * added, edited, put online or offline, or voided, or a redemption sold out (or a released
 * redemption restocked) its sub-inventory. The hot-list cache drops that product's pages after the
 * transaction commits. Other capabilities (inventory: sub-inventory online/offline) may fire it too.
 */
public record ListingsChanged(long tenantId, long productId) {}
