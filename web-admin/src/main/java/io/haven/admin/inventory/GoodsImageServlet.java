package io.haven.admin.inventory;

import io.haven.common.HavenException;
import io.haven.inventory.boundary.GoodsImages;
import io.haven.inventory.entity.GoodsImageKind;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Serves goods images to the console: {@code /inventory/images/{goodsId}/{COVER|DETAIL}}, behind
 * the console's security (web.xml) and within the signed-in enterprise — another enterprise's
 * goods id answers 404 like an unknown one. The stored media type is sent with {@code nosniff},
 * so the browser never guesses a type from the bytes.
 */
@WebServlet("/inventory/images/*")
public class GoodsImageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject GoodsImages images;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    if (parts.length != 3) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long goodsId;
    GoodsImageKind kind;
    try {
      goodsId = Long.parseLong(parts[1]);
      kind = GoodsImageKind.valueOf(parts[2].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    GoodsImages.ImageData image;
    try {
      image = images.image(goodsId, kind);
    } catch (HavenException e) {
      response.sendError(e.kind().status);
      return;
    }
    response.setContentType(image.mediaType());
    response.setContentLength(image.bytes().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-cache");
    response.setHeader("Content-Security-Policy", "default-src 'none'");
    response.getOutputStream().write(image.bytes());
  }
}
