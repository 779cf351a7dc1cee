package io.haven.mall.boundary;

import io.haven.activities.entity.Activity;
import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.mall.control.QrCodes;
import io.haven.mall.entity.Listing;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Promotion of the points mall, its goods and activities (M5): the link and a QR code PNG. Links are
 * {@code /store/{appId}/mall}, {@code /store/{appId}/mall/goods/{listingId}} and
 * {@code /store/{appId}/activities/{activityId}}; the QR code holds
 * the absolute URL under {@code origin}, the public scheme://host[:port] of the storefront that the
 * caller (the console) knows from its own request. Only the tenant's products and ONLINE listings
 * are promoted; anything else is not found.
 */
@Stateless
public class Promotions {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  public PromotionLink mall(long productId, String origin) {
    Product product = requireProduct(productId);
    return link(origin, "/store/" + product.getAppId() + "/mall");
  }

  public PromotionLink listing(long listingId, String origin) {
    tenant.tenantId();
    Listing listing = em.find(Listing.class, listingId);
    if (listing == null || !listing.isOnline()) {
      throw new NotFound("Listing", listingId);
    }
    Product product = requireProduct(listing.getProductId());
    return link(origin, "/store/" + product.getAppId() + "/mall/goods/" + listing.getId());
  }

  /** M5 for an activity: its storefront page; a draft (not yet published) is not promoted. */
  public PromotionLink activity(long activityId, String origin) {
    tenant.tenantId();
    Activity activity = em.find(Activity.class, activityId);
    if (activity == null || activity.isDraft()) {
      throw new NotFound("Activity", activityId);
    }
    Product product = requireProduct(activity.getProductId());
    return link(origin, "/store/" + product.getAppId() + "/activities/" + activity.getId());
  }

  private static PromotionLink link(String origin, String path) {
    return new PromotionLink(path, QrCodes.png(requireOrigin(origin) + path, QrCodes.DEFAULT_PIXELS));
  }

  static String requireOrigin(String origin) {
    try {
      URI uri = new URI(origin == null ? "" : origin.strip());
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
          || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) || uri.getQuery() != null) {
        throw new URISyntaxException(String.valueOf(origin), "not an origin");
      }
      String s = uri.toString();
      return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    } catch (URISyntaxException e) {
      throw new InvalidInput("origin", "mall.promotion.origin.invalid", "The storefront origin must be like https://host[:port]");
    }
  }

  private Product requireProduct(long productId) {
    tenant.tenantId();
    Product product = em.find(Product.class, productId);
    if (product == null) {
      throw new NotFound("Product", productId);
    }
    return product;
  }
}
