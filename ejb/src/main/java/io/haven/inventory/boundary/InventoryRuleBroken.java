package io.haven.inventory.boundary;

import io.haven.common.HavenException;

/** The inventory rules (R4–R6) a console action can break, each naming its field and message key. */
public class InventoryRuleBroken extends HavenException {

  private InventoryRuleBroken(String code, String field, String message) {
    super(Kind.CONFLICT, code, field, message);
  }

  /** R5: more than the goods' unallocated units (another operator may just have taken them). */
  public static InventoryRuleBroken notEnoughUnallocated(long unallocated, long wanted) {
    return new InventoryRuleBroken(
        "inventory.unallocated.insufficient",
        "quantity",
        "Only " + unallocated + " units are unallocated; " + wanted + " were asked for");
  }

  /** R5: a CDK allocation needs an unused code for every unit. */
  public static InventoryRuleBroken notEnoughCodes(long codes, long wanted) {
    return new InventoryRuleBroken(
        "inventory.cdk.insufficient", "quantity", "Only " + codes + " unused CDK codes are in the pool; " + wanted + " were asked for");
  }

  /** One sub-inventory per product and goods; more units go there by replenishing. */
  public static InventoryRuleBroken alreadyAllocated(String product) {
    return new InventoryRuleBroken(
        "inventory.allocation.exists", "productId", "The goods are already allocated to " + product + "; replenish that sub-inventory instead");
  }

  /** R6: quantities change only while the sub-inventory is offline. */
  public static InventoryRuleBroken online() {
    return new InventoryRuleBroken(
        "inventory.subInventory.online", "quantity", "Take the sub-inventory offline before changing its quantity");
  }

  /** R6: a return cannot exceed what is available. */
  public static InventoryRuleBroken notEnoughAvailable(long available, long wanted) {
    return new InventoryRuleBroken(
        "inventory.available.insufficient", "quantity", "Only " + available + " units are available; " + wanted + " were asked for");
  }

  /** CDK stock comes from uploaded codes, one unit per code. */
  public static InventoryRuleBroken stockFromCodesOnly() {
    return new InventoryRuleBroken(
        "inventory.cdk.stockFromCodes", "quantity", "CDK goods get their stock by uploading codes");
  }

  /** A CDK upload is for CDK goods only. */
  public static InventoryRuleBroken notCdkGoods() {
    return new InventoryRuleBroken("inventory.cdk.notCdk", "file", "Codes can only be uploaded to CDK goods");
  }

  /** A released redemption puts back no more than went out. */
  public static InventoryRuleBroken putBackExceedsOutbound(long subInventoryId, long quantity) {
    return new InventoryRuleBroken(
        "inventory.putBack.invalid", "quantity", "Sub-inventory " + subInventoryId + " has not sent out " + quantity + " units to put back");
  }
}
