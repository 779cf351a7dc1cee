/**
 * Console pages of the points mall (SPEC M1, M2, M4, M5): goods groups, listings (商品上下架),
 * redemption records with shipping and the CSV export, and promotion links, QR codes and goods
 * images. Everything is per product of the signed-in enterprise; ids that arrive from the browser
 * are looked up by the boundaries within the tenant.
 */
package io.haven.admin.mall;
