package io.haven.inventory.entity;

/**
 * Fired (CDI event) when a product sub-inventory went online or offline, or its units changed by a
 * return or a replenishment: whatever shows that stock to members (the mall's cached goods lists)
 * must look again once the change commits. Inventory knows nothing of who listens.
 */
public record SubInventoryChanged(long tenantId, long productId, long subInventoryId) {}
