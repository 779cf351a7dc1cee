package io.haven.storefront.tenancy;

import io.haven.tenancy.boundary.StorefrontProduct;
import jakarta.enterprise.context.RequestScoped;

/** The product whose storefront this request is on, as {@link StorefrontEntry} resolved it. */
@RequestScoped
public class CurrentStorefront {

  private StorefrontProduct product;

  void enter(StorefrontProduct product) {
    this.product = product;
  }

  public StorefrontProduct product() {
    if (product == null) {
      throw new IllegalStateException("no storefront resolved for this request");
    }
    return product;
  }

  public String appId() {
    return product().appId();
  }
}
