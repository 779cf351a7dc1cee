package io.haven.admin.activities;

import io.haven.admin.mall.PromotionQr;
import io.haven.mall.boundary.Promotions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * M5 for activities: {@code /activities/promotion.png?activity=ID} is the QR code of the
 * activity's storefront page ({@code download=1} saves it), drawn by the mall's {@link Promotions}.
 * Behind the console's security and within the signed-in enterprise: another enterprise's id, a
 * draft and anything malformed answer 404.
 */
@WebServlet(ActivityPromotionServlet.PATH)
public class ActivityPromotionServlet extends PromotionQr {

  private static final long serialVersionUID = 1L;
  static final String PATH = "/activities/promotion.png";

  @Inject Promotions promotions;

  public ActivityPromotionServlet() {
    super("activity");
  }

  @Override
  protected byte[] qrPng(long id, String storefrontOrigin) {
    return promotions.activity(id, storefrontOrigin).qrPng();
  }
}
