package io.haven.coupons.entity;

import io.haven.common.TenantOwned;
import io.haven.common.UploadedImage;
import io.haven.tenancy.control.AuditRedacted;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A store's picture, checked like goods images (png/jpg by content, at most 2 MB). */
@Entity
@Table(name = "store_image")
public class StoreImage extends TenantOwned {

  public static final long MAX_BYTES = 2L * 1024 * 1024;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

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

  protected StoreImage() {}

  public StoreImage(long storeId, UploadedImage image, Instant now) {
    this.storeId = storeId;
    replace(image, now);
  }

  public void replace(UploadedImage image, Instant now) {
    this.mediaType = image.format().mediaType;
    this.width = image.width();
    this.height = image.height();
    this.sizeBytes = image.bytes().length;
    this.bytes = image.bytes();
    this.uploadedAt = now;
  }

  public Long getStoreId() { return storeId; }
  public String getMediaType() { return mediaType; }
  public byte[] getBytes() { return bytes; }
  public Instant getUploadedAt() { return uploadedAt; }
}
