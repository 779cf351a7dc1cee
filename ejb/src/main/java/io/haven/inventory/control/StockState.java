package io.haven.inventory.control;

import io.haven.inventory.entity.SubInventory;

/**
 * A sub-inventory's row as committed when {@link StockLedger#sell} could not take units: the
 * version (whether an operator changed the terms since the seller read them), whether it is
 * online, and the counts a sale is checked against — what the refusal names.
 */
public record StockState(long version, boolean online, long available, long outbound, long totalCap) {

  /** Whether taking {@code quantity} more units stays within the total outbound cap. */
  public boolean capAllows(long quantity) {
    return SubInventory.capAllows(totalCap, outbound, quantity);
  }
}
