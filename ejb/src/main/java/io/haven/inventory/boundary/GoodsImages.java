package io.haven.inventory.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.common.UploadedImage;
import io.haven.inventory.entity.Goods;
import io.haven.inventory.entity.GoodsImage;
import io.haven.inventory.entity.GoodsImageKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The cover and detail images of goods (R3): upload (checked by content: png/jpg, at most 2 MB)
 * and read, for the console and the storefront to serve. Tenant-scoped like everything else:
 * another tenant's goods id is not found.
 */
@Stateless
public class GoodsImages {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** The bytes of an image and what they are. */
  public record ImageData(String mediaType, byte[] bytes, Instant uploadedAt) {}

  public void upload(long goodsId, GoodsImageKind kind, byte[] bytes) {
    if (kind == null) {
      throw new InvalidInput("kind", "inventory.image.kind.required", "Choose cover or detail image");
    }
    String field = kind == GoodsImageKind.COVER ? "cover" : "detail";
    UploadedImage image = UploadedImage.check(field, bytes, GoodsImage.MAX_BYTES);
    goods(goodsId);
    GoodsImage existing = find(goodsId, kind);
    if (existing == null) {
      em.persist(new GoodsImage(goodsId, kind, image, StoredTime.now()));
    } else {
      existing.replace(image, StoredTime.now());
    }
  }

  public ImageData image(long goodsId, GoodsImageKind kind) {
    goods(goodsId);
    GoodsImage image = kind == null ? null : find(goodsId, kind);
    if (image == null) {
      throw new NotFound("Image", goodsId + "/" + kind);
    }
    return new ImageData(image.getMediaType(), image.getBytes(), image.getUploadedAt());
  }

  private GoodsImage find(long goodsId, GoodsImageKind kind) {
    return em.createQuery("select i from GoodsImage i where i.goodsId = :g and i.kind = :k", GoodsImage.class)
        .setParameter("g", goodsId)
        .setParameter("k", kind)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private void goods(long goodsId) {
    tenant.tenantId();
    if (em.find(Goods.class, goodsId) == null) {
      throw new NotFound("Goods", goodsId);
    }
  }
}
