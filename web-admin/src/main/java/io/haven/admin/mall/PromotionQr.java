package io.haven.admin.mall;

import io.haven.common.HavenException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * M5's promotion QR download for one thing of the signed-in enterprise, named by one id parameter
 * ({@code ?activity=ID}, {@code ?coupon=ID}; {@code download=1} saves it): the id is read, the
 * boundary draws the code, and the PNG goes out as the mall's promotion files do
 * ({@link PromotionServlet#send}). A malformed id answers 404, a refusal its own status (another
 * enterprise's id or one not promoted: 404).
 */
public abstract class PromotionQr extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  protected PromotionQr(String parameter) {
    this.parameter = parameter;
  }

  /** The QR code PNG of the thing with this id, its link starting at the storefront's origin. */
  protected abstract byte[] qrPng(long id, String storefrontOrigin);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long id;
    try {
      String raw = request.getParameter(parameter);
      id = Long.parseLong(raw == null ? "" : raw.strip());
    } catch (NumberFormatException malformed) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] png;
    try {
      png = qrPng(id, StorefrontOrigin.of(request));
    } catch (HavenException broken) {
      response.sendError(broken.kind().status);
      return;
    }
    PromotionServlet.send(response, "image/png", png, "1".equals(request.getParameter("download")) ? parameter + "-" + id + ".png" : null);
  }
}
