package io.haven.coupons.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A coupon's stock: the hot row of a claim, kept apart from the coupon so that an operator's edit
 * and the members' claims never meet on one row. Changed only by {@link
 * io.haven.coupons.control.CouponStockRow} (lock last, guarded decrement) and by the operator
 * adding stock; the CHECK {@code remaining >= 0} stands behind both.
 */
@Entity
@Table(name = "coupon_stock")
public class CouponStock extends TenantOwned {

  @Column(name = "coupon_id", nullable = false, updatable = false)
  private Long couponId;

  @Column(nullable = false)
  private long total;

  @Column(nullable = false)
  private long remaining;

  protected CouponStock() {}

  public CouponStock(long couponId, long total) {
    this.couponId = couponId;
    this.total = total;
    this.remaining = total;
  }

  /** Stock only grows by the operator's hand (claimed coupons are never taken back here). */
  public void add(long units) {
    this.total += units;
    this.remaining += units;
  }

  public Long getCouponId() { return couponId; }
  public long getTotal() { return total; }
  public long getRemaining() { return remaining; }
}
