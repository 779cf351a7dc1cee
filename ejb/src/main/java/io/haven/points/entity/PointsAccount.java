package io.haven.points.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import io.haven.tenancy.control.OwnTrail;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member's points balance. Changed only together with a {@link LedgerEntry}, under the row lock,
 * so the balance always equals the sum of the member's ledger and never goes below zero (the
 * database CHECK says so too).
 */
@Entity
@OwnTrail
@Table(name = "points_account")
public class PointsAccount extends TenantOwned {

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Column(name = "member_id", nullable = false, unique = true, updatable = false)
  private Long memberId;

  @Column(nullable = false)
  private long balance;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PointsAccount() {}

  public PointsAccount(long productId, long memberId, Instant now) {
    this.productId = productId;
    this.memberId = memberId;
    this.createdAt = now;
  }

  /** Applies a signed amount; the caller has checked it cannot go negative. */
  public long apply(long amount) {
    long after = Math.addExact(balance, amount);
    if (after < 0) {
      throw new IllegalStateException("balance would go negative");
    }
    balance = after;
    return after;
  }

  public Long getProductId() {
    return productId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public long getBalance() {
    return balance;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
