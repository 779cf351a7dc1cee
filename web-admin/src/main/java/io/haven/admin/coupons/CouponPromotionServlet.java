package io.haven.admin.coupons;

import io.haven.admin.mall.StorefrontOrigin;
import io.haven.common.HavenException;
import io.haven.coupons.boundary.Coupons;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * M5 for coupons: {@code /coupons/promotion.png?coupon=ID} is the QR code of a promotion-page
 * coupon's storefront page ({@code download=1} saves it). Behind the console's security and within
 * the signed-in enterprise: another enterprise's id, a mall coupon and anything malformed answer 404.
 */
@WebServlet(CouponPromotionServlet.PATH)
public class CouponPromotionServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PATH = "/coupons/promotion.png";

  @Inject Coupons coupons;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long coupon;
    try {
      String raw = request.getParameter("coupon");
      coupon = Long.parseLong(raw == null ? "" : raw.strip());
    } catch (NumberFormatException malformed) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] png;
    try {
      png = coupons.promotionLink(coupon, StorefrontOrigin.of(request)).qrPng();
    } catch (HavenException broken) {
      response.sendError(broken.kind().status);
      return;
    }
    response.setContentType("image/png");
    response.setContentLength(png.length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-cache");
    response.setHeader("Content-Security-Policy", "default-src 'none'");
    if ("1".equals(request.getParameter("download"))) {
      response.setHeader("Content-Disposition", "attachment; filename=\"coupon-" + coupon + ".png\"");
    }
    response.getOutputStream().write(png);
  }
}
