/**
 * The points mall (M1-M5): goods groups, listings of sub-inventory goods, redemption (stock, limits
 * and points in one transaction, then the award by category), redemption records and shipping,
 * the cached storefront goods lists, promotion links and QR codes, and the payment of cash parts
 * through a {@link io.haven.mall.control.PaymentProvider} (a sandbox one in this build).
 */
package io.haven.mall;
