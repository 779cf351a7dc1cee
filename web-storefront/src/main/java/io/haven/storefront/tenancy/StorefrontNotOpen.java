package io.haven.storefront.tenancy;

import io.haven.common.HavenException;
import io.haven.tenancy.boundary.StorefrontProduct;

/** The product exists, but its enterprise has not confirmed a login scheme yet (T4). */
public class StorefrontNotOpen extends HavenException {

  private final transient StorefrontProduct product;

  public StorefrontNotOpen(StorefrontProduct product) {
    super(Kind.FORBIDDEN, "storefront.notOpen", null, "This storefront is not open yet");
    this.product = product;
  }

  public StorefrontProduct product() {
    return product;
  }
}
