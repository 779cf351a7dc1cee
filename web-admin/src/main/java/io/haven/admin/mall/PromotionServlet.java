package io.haven.admin.mall;

import io.haven.common.HavenException;
import io.haven.inventory.boundary.GoodsImages;
import io.haven.inventory.entity.GoodsImageKind;
import io.haven.mall.boundary.ListingView;
import io.haven.mall.boundary.Listings;
import io.haven.mall.boundary.Promotions;
import io.haven.mall.entity.ListingStatus;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * M5 downloads, behind the console's security (web.xml) and within the signed-in enterprise:
 * <ul>
 *   <li>{@code /mall/promotion/mall.png?product=ID} — the QR code of the product's mall;
 *   <li>{@code /mall/promotion/goods.png?listing=ID} — the QR code of an ONLINE listing;
 *   <li>{@code /mall/promotion/goods-image?listing=ID} — the cover image of an ONLINE listing's goods.
 * </ul>
 * {@code download=1} asks the browser to save instead of showing. Another enterprise's ids, a
 * listing not online and anything malformed answer 404 like an unknown one. The stored or
 * generated media type is sent with {@code nosniff}.
 */
@WebServlet("/mall/promotion/*")
public class PromotionServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Promotions promotions;
  @Inject Listings listings;
  @Inject GoodsImages images;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String what = request.getPathInfo() == null ? "" : request.getPathInfo();
    boolean download = "1".equals(request.getParameter("download"));
    try {
      switch (what) {
        case "/mall.png" -> {
          long product = id(request, "product");
          send(response, "image/png", promotions.mall(product, StorefrontOrigin.of(request)).qrPng(), download ? "mall-" + product + ".png" : null);
        }
        case "/goods.png" -> {
          long listing = id(request, "listing");
          send(response, "image/png", promotions.listing(listing, StorefrontOrigin.of(request)).qrPng(), download ? "goods-" + listing + ".png" : null);
        }
        case "/goods-image" -> {
          ListingView l = listings.get(id(request, "listing"));
          if (l.status() != ListingStatus.ONLINE) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
          }
          GoodsImages.ImageData image = images.image(l.goodsId(), GoodsImageKind.COVER);
          String extension = "image/png".equals(image.mediaType()) ? ".png" : ".jpg";
          send(response, image.mediaType(), image.bytes(), download ? "goods-" + l.id() + extension : null);
        }
        default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (NumberFormatException malformed) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (HavenException broken) {
      response.sendError(broken.kind().status);
    }
  }

  private static long id(HttpServletRequest request, String name) {
    String raw = request.getParameter(name);
    return Long.parseLong(raw == null ? "" : raw.strip());
  }

  static void send(HttpServletResponse response, String mediaType, byte[] bytes, String attachment) throws IOException {
    response.setContentType(mediaType);
    response.setContentLength(bytes.length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-cache");
    response.setHeader("Content-Security-Policy", "default-src 'none'");
    if (attachment != null) {
      response.setHeader("Content-Disposition", "attachment; filename=\"" + attachment + "\"");
    }
    response.getOutputStream().write(bytes);
  }
}
