package io.haven.mall.entity;

/**
 * Where a redemption stands. PENDING_PAYMENT holds stock and points until the cash part is paid
 * or the payment times out (then CANCELLED, both given back). Physical goods wait for the
 * member's address, then for the operator to ship; everything else is COMPLETED at once.
 */
public enum RedemptionStatus {
  PENDING_PAYMENT,
  AWAITING_ADDRESS,
  AWAITING_SHIPMENT,
  SHIPPED,
  COMPLETED,
  CANCELLED
}
