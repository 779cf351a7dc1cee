package io.haven.mall.boundary;

import io.haven.common.HavenException;

/** Rules of the operators' side of the mall: groups, listings, shipping. */
public class MallRuleBroken extends HavenException {

  private MallRuleBroken(Kind kind, String code, String field, String message) {
    super(kind, code, field, message);
  }

  public static MallRuleBroken listingVoid(long id) {
    return new MallRuleBroken(Kind.CONFLICT, "mall.listing.void", null, "Listing " + id + " is void and cannot change");
  }

  public static MallRuleBroken groupNameTaken(String name) {
    return new MallRuleBroken(Kind.CONFLICT, "mall.group.nameTaken", "name", "A group named " + name + " exists already");
  }

  public static MallRuleBroken defaultGroupFixed() {
    return new MallRuleBroken(Kind.CONFLICT, "mall.group.defaultFixed", null, "The default group cannot be removed");
  }

  public static MallRuleBroken groupInUse(long listings) {
    return new MallRuleBroken(Kind.CONFLICT, "mall.group.inUse", null, "The group still holds " + listings + " listings");
  }

  public static MallRuleBroken notWaitingForAddress(String status) {
    return new MallRuleBroken(Kind.CONFLICT, "mall.redemption.noAddressNeeded", null, "The redemption is " + status + ": no address needed");
  }

  public static MallRuleBroken notShippable(String status) {
    return new MallRuleBroken(Kind.CONFLICT, "mall.redemption.notShippable", null, "Only redemptions awaiting shipment can be shipped; this one is " + status);
  }

  public static MallRuleBroken notOnSale(String why) {
    return new MallRuleBroken(Kind.CONFLICT, "mall.listing.notOnSale", "subInventoryId", why);
  }
}
