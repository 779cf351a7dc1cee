package io.haven.admin.mall;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.PagedList;
import io.haven.common.HavenException;
import io.haven.common.Page;
import io.haven.inventory.boundary.TotalInventory;
import io.haven.mall.boundary.ListingFilter;
import io.haven.mall.boundary.ListingView;
import io.haven.mall.boundary.Listings;
import io.haven.mall.boundary.Promotions;
import io.haven.mall.entity.ListingStatus;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/**
 * M5 推广 of one product's points mall: the mall's storefront link and QR code, and the same for
 * every ONLINE listing plus its goods image to download. The links come from {@link Promotions}
 * (which refuses anything not online or not the tenant's); the PNGs and images are served by
 * {@link PromotionServlet}.
 */
@Named
@ViewScoped
public class PromotionView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One online listing as the promotion table shows it. */
  public record Promoted(ListingView listing, String url, boolean hasCover) implements Serializable {}

  @Inject Promotions promotions;
  @Inject Listings listings;
  @Inject TotalInventory inventory;
  @Inject Products products;
  @Inject ConsoleMessages messages;

  private ProductChoice product;
  private String origin;
  private String mallUrl;
  private final PagedList<Promoted> list =
      new PagedList<>(
          (first, size) -> {
            if (product.id() == null) {
              return new Page<>(List.of(), 0);
            }
            Page<ListingView> page = listings.list(new ListingFilter(product.id(), null, ListingStatus.ONLINE, null), first, size);
            return new Page<>(page.items().stream().map(this::promoted).toList(), page.total());
          },
          p -> p.listing().id(),
          10);

  /** A promotion link from the listings page opens the page on that product ({@code ?product=ID}). */
  @PostConstruct
  void init() {
    product = new ProductChoice(products);
    HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    origin = StorefrontOrigin.of(request);
    try {
      String asked = request.getParameter("product");
      product.choose(asked == null ? null : Long.valueOf(asked.strip()));
    } catch (NumberFormatException notAnId) {
      // the first product, as without the parameter
    }
    loadMall();
  }

  public void productChanged() {
    list.firstPage("promotion:table");
    loadMall();
  }

  private void loadMall() {
    try {
      mallUrl = product.id() == null ? null : origin + promotions.mall(product.id(), origin).url();
    } catch (HavenException broken) {
      mallUrl = null;
      messages.report(broken, null);
    }
  }

  private Promoted promoted(ListingView l) {
    String url;
    try {
      url = origin + promotions.listing(l.id(), origin).url();
    } catch (HavenException offlineMeanwhile) {
      url = null;
    }
    boolean cover;
    try {
      cover = inventory.get(l.goodsId()).hasCover();
    } catch (HavenException gone) {
      cover = false;
    }
    return new Promoted(l, url, cover);
  }

  public List<ProductView> getProductChoices() {
    return product.choices();
  }

  public Long getProductId() {
    return product.id();
  }

  public void setProductId(Long productId) {
    product.choose(productId);
  }

  public String getMallUrl() {
    return mallUrl;
  }

  public PagedList<Promoted> getList() {
    return list;
  }
}
