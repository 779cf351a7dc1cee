package io.haven.inventory.boundary;

import io.haven.common.HavenException;

/** A sub-inventory cannot give the units asked for: sold out, its total cap reached, or no CDK code left. */
public class OutOfStock extends HavenException {

  private OutOfStock(String code, String message) {
    super(Kind.CONFLICT, code, "quantity", message);
  }

  public static OutOfStock of(long subInventoryId, long wanted) {
    return new OutOfStock("inventory.outOfStock", "Sub-inventory " + subInventoryId + " has fewer than " + wanted + " units left");
  }

  public static OutOfStock capReached(long subInventoryId) {
    return new OutOfStock("inventory.capReached", "Sub-inventory " + subInventoryId + " reached its total outbound cap");
  }

  public static OutOfStock noCodeLeft(long subInventoryId) {
    return new OutOfStock("inventory.cdkExhausted", "No unused CDK code is left for sub-inventory " + subInventoryId);
  }
}
