package io.haven.admin.coupons;

import io.haven.admin.mall.PromotionQr;
import io.haven.coupons.boundary.Coupons;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * M5 for coupons: {@code /coupons/promotion.png?coupon=ID} is the QR code of a promotion-page
 * coupon's storefront page ({@code download=1} saves it). Behind the console's security and within
 * the signed-in enterprise: another enterprise's id, a mall coupon and anything malformed answer 404.
 */
@WebServlet(CouponPromotionServlet.PATH)
public class CouponPromotionServlet extends PromotionQr {

  private static final long serialVersionUID = 1L;
  static final String PATH = "/coupons/promotion.png";

  @Inject Coupons coupons;

  public CouponPromotionServlet() {
    super("coupon");
  }

  @Override
  protected byte[] qrPng(long id, String storefrontOrigin) {
    return coupons.promotionLink(id, storefrontOrigin).qrPng();
  }
}
