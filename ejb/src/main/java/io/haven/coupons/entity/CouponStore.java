package io.haven.coupons.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One chosen store of a coupon whose scope is {@link StoreScope#CHOSEN}. */
@Entity
@Table(name = "coupon_store")
public class CouponStore extends TenantOwned {

  @Column(name = "coupon_id", nullable = false, updatable = false)
  private Long couponId;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  protected CouponStore() {}

  public CouponStore(long couponId, long storeId) {
    this.couponId = couponId;
    this.storeId = storeId;
  }

  public Long getCouponId() { return couponId; }
  public Long getStoreId() { return storeId; }
}
