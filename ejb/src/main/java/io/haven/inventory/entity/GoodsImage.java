package io.haven.inventory.entity;

import io.haven.common.TenantOwned;
import io.haven.common.UploadedImage;
import io.haven.tenancy.control.AuditRedacted;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The cover or detail image of goods (R3), checked by content ({@link UploadedImage}) before it
 * gets here. A row of its own so that no list of goods ever reads image bytes; one per kind, a
 * new upload replaces the bytes.
 */
@Entity
@Table(name = "goods_image")
public class GoodsImage extends TenantOwned {

  public static final long MAX_BYTES = 2L * 1024 * 1024;

  @Column(name = "goods_id", nullable = false, updatable = false)
  private Long goodsId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 8)
  private GoodsImageKind kind;

  @Column(name = "media_type", nullable = false, length = 32)
  private String mediaType;

  @Column(nullable = false)
  private int width;

  @Column(nullable = false)
  private int height;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @AuditRedacted
  @Lob
  @Column(nullable = false)
  private byte[] bytes;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected GoodsImage() {}

  public GoodsImage(long goodsId, GoodsImageKind kind, UploadedImage image, Instant now) {
    this.goodsId = goodsId;
    this.kind = kind;
    replace(image, now);
  }

  public void replace(UploadedImage image, Instant now) {
    if (image.bytes().length > MAX_BYTES) {
      throw new IllegalArgumentException("image larger than " + MAX_BYTES + " bytes");
    }
    this.mediaType = image.format().mediaType;
    this.width = image.width();
    this.height = image.height();
    this.sizeBytes = image.bytes().length;
    this.bytes = image.bytes().clone();
    this.uploadedAt = now;
  }

  public Long getGoodsId() {
    return goodsId;
  }

  public GoodsImageKind getKind() {
    return kind;
  }

  public String getMediaType() {
    return mediaType;
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  public byte[] getBytes() {
    return bytes.clone();
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
