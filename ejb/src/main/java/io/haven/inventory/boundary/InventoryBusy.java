package io.haven.inventory.boundary;

import io.haven.common.HavenException;

/** A stock row stayed locked by someone else past the lock timeout: retryable, not a failure. */
public class InventoryBusy extends HavenException {
  public InventoryBusy() {
    super(Kind.BUSY, "inventory.busy", null, "The stock is busy; try again");
  }
}
