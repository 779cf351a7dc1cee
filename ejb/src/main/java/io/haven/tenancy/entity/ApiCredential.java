package io.haven.tenancy.entity;

import io.haven.tenancy.control.AuditRedacted;
import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A product's partner-API credential (V5): the product's appId plus a secret, stored sealed
 * (AES-GCM) and shown to the operator only when generated. After a rotation the previous secret
 * stays valid until {@code previousValidUntil}, so partners can switch without downtime.
 */
@Entity
@Table(name = "api_credential")
public class ApiCredential extends TenantOwned {

  @Column(name = "product_id", nullable = false, unique = true, updatable = false)
  private Long productId;

  @Column(name = "app_id", nullable = false, unique = true, updatable = false, length = 32)
  private String appId;

  @AuditRedacted
  @Column(name = "secret_sealed", nullable = false, length = 200)
  private String secretSealed;

  @AuditRedacted
  @Column(name = "previous_secret_sealed", length = 200)
  private String previousSecretSealed;

  @Column(name = "previous_valid_until")
  private Instant previousValidUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "rotated_at")
  private Instant rotatedAt;

  protected ApiCredential() {}

  public ApiCredential(long productId, String appId, String secretSealed, Instant now) {
    this.productId = productId;
    this.appId = appId;
    this.secretSealed = secretSealed;
    this.createdAt = now;
  }

  public void rotate(String newSecretSealed, Instant now, Instant previousValidUntil) {
    this.previousSecretSealed = this.secretSealed;
    this.previousValidUntil = previousValidUntil;
    this.secretSealed = newSecretSealed;
    this.rotatedAt = now;
  }

  public Long getProductId() {
    return productId;
  }

  public String getAppId() {
    return appId;
  }

  public String getSecretSealed() {
    return secretSealed;
  }

  public String getPreviousSecretSealed() {
    return previousSecretSealed;
  }

  public Instant getPreviousValidUntil() {
    return previousValidUntil;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRotatedAt() {
    return rotatedAt;
  }
}
