package io.haven.admin.activities;

import io.haven.admin.mall.StorefrontOrigin;
import io.haven.common.HavenException;
import io.haven.mall.boundary.Promotions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * M5 for activities: {@code /activities/promotion.png?activity=ID} is the QR code of the
 * activity's storefront page ({@code download=1} saves it), drawn by the mall's {@link Promotions}.
 * Behind the console's security and within the signed-in enterprise: another enterprise's id, a
 * draft and anything malformed answer 404.
 */
@WebServlet(ActivityPromotionServlet.PATH)
public class ActivityPromotionServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PATH = "/activities/promotion.png";

  @Inject Promotions promotions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long activity;
    try {
      String raw = request.getParameter("activity");
      activity = Long.parseLong(raw == null ? "" : raw.strip());
    } catch (NumberFormatException malformed) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] png;
    try {
      png = promotions.activity(activity, StorefrontOrigin.of(request)).qrPng();
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
      response.setHeader("Content-Disposition", "attachment; filename=\"activity-" + activity + ".png\"");
    }
    response.getOutputStream().write(png);
  }
}
