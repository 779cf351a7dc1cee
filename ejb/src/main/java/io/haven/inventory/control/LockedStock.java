package io.haven.inventory.control;

import io.haven.inventory.entity.SubInventory;

/**
 * A sub-inventory's row as {@link StockLedger#lockStock} read it under its lock: the version (to
 * tell whether an operator changed the terms since they were read without a lock), whether it is
 * online, and the counts a take is checked against.
 */
public record LockedStock(long version, boolean online, long available, long outbound, long totalCap) {

  /** Whether taking {@code quantity} more units stays within the total outbound cap. */
  public boolean capAllows(long quantity) {
    return SubInventory.capAllows(totalCap, outbound, quantity);
  }
}
