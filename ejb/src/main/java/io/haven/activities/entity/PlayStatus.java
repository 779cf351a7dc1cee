package io.haven.activities.entity;

/**
 * Where a play stands: NO_PRIZE (the no-prize outcome, also when the drawn prize had run out),
 * COMPLETED (award given: code, link, points), AWAITING_ADDRESS (a physical prize: the winner
 * enters an address), AWAITING_SHIPMENT (address given, the operator ships), SHIPPED (courier and
 * tracking number on the record), AWAITING_PAYOUT (a cash red packet for the operator).
 */
public enum PlayStatus {
  NO_PRIZE,
  COMPLETED,
  AWAITING_ADDRESS,
  AWAITING_SHIPMENT,
  SHIPPED,
  AWAITING_PAYOUT
}
