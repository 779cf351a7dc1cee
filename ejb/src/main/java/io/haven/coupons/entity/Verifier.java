package io.haven.coupons.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Binds a console user with the VERIFIER role to the one store where they verify coupons (C2). */
@Entity
@Table(name = "verifier")
public class Verifier extends TenantOwned {

  @Column(name = "console_user_id", nullable = false, updatable = false)
  private Long consoleUserId;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Verifier() {}

  public Verifier(long consoleUserId, long storeId, Instant now) {
    this.consoleUserId = consoleUserId;
    this.storeId = storeId;
    this.createdAt = now;
  }

  public Long getConsoleUserId() { return consoleUserId; }
  public Long getStoreId() { return storeId; }
  public Instant getCreatedAt() { return createdAt; }
}
