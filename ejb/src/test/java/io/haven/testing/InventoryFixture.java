package io.haven.testing;

import io.haven.inventory.boundary.AllocationRequest;
import io.haven.inventory.boundary.Allocations;
import io.haven.inventory.boundary.GoodsView;
import io.haven.inventory.boundary.NewGoods;
import io.haven.inventory.boundary.SubInventoryView;
import io.haven.inventory.boundary.TotalInventory;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.GoodsDetails;
import io.haven.inventory.entity.GoodsPurpose;
import io.haven.inventory.entity.GoodsSource;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;

/** Goods, products and allocations made through the real inventory boundaries, in the current tenant. */
@RequestScoped
public class InventoryFixture {

  @Inject TotalInventory inventory;
  @Inject Allocations allocations;
  @Inject Products products;

  public static GoodsDetails details(String name) {
    return new GoodsDetails(name, GoodsSource.OWN, "Show the code at the counter", 1990, null, "H5", List.of("new"), "back office");
  }

  public GoodsView goods(String name, GoodsCategory category, long stock) {
    return inventory.add(new NewGoods(GoodsPurpose.POINTS_MALL, category, details(name), stock, null, null));
  }

  public ProductView product(String name) {
    return products.add(name, 10);
  }

  /** Effective from an hour ago for thirty days, unlimited, with a link (enough for every category but POINTS and red packets). */
  public static AllocationRequest open() {
    Instant now = Instant.now();
    return AllocationRequest.unlimited(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30))).withLink("https://example.com/claim");
  }

  public SubInventoryView allocate(long goodsId, long productId, long quantity) {
    return allocations.allocate(goodsId, productId, quantity, open());
  }

  public static byte[] image(String format, int width, int height) {
    try {
      BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      img.setRGB(0, 0, 0xff0000);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
