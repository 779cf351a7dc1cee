package io.haven.tenancy.boundary;

import io.haven.tenancy.entity.LoginScheme;

/** What a storefront request needs to know about the product named by the appId in its URL. */
public record StorefrontProduct(
    long tenantId,
    long productId,
    String appId,
    String productName,
    String enterpriseName,
    LoginScheme loginScheme,
    String loginCallbackUrl,
    int pointsRate) {

  /** Members can use the storefront only once the enterprise confirmed its login scheme (T4). */
  public boolean isOpen() {
    return loginScheme != null;
  }
}
