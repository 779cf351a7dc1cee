package io.haven.inventory.entity;

/** What a member receives (R3); the award configuration of a sub-inventory depends on it (R5). */
public enum GoodsCategory {
  /** Shipped by hand; the member enters an address. */
  PHYSICAL,
  /** A jump link to the coupon. */
  COUPON,
  /** Points credited to a product's members. */
  POINTS,
  /** One code from the goods' uploaded pool per award. */
  CDK,
  /** A WeChat cash red packet of a fixed amount. */
  CASH_RED_PACKET,
  /** A direct-charge card (phone credit, memberships). */
  DIRECT_CHARGE;

  /** CDK goods get their stock from uploaded codes only: one unit per code. */
  public boolean stockFromCodes() {
    return this == CDK;
  }
}
