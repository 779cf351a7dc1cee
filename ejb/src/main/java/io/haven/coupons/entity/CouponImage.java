package io.haven.coupons.entity;

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

/** A coupon's cover or background, checked like goods images (png/jpg by content, at most 2 MB); one per kind. */
@Entity
@Table(name = "coupon_image")
public class CouponImage extends TenantOwned {

  public static final long MAX_BYTES = 2L * 1024 * 1024;

  @Column(name = "coupon_id", nullable = false, updatable = false)
  private Long couponId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 12)
  private CouponImageKind kind;

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

  protected CouponImage() {}

  public CouponImage(long couponId, CouponImageKind kind, UploadedImage image, Instant now) {
    this.couponId = couponId;
    this.kind = kind;
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

  public Long getStoreId() { return couponId; }
  public CouponImageKind getKind() { return kind; }
  public String getMediaType() { return mediaType; }
  public byte[] getBytes() { return bytes; }
  public Instant getUploadedAt() { return uploadedAt; }
}
