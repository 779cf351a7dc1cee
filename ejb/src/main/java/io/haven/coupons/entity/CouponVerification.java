package io.haven.coupons.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One verification at a store counter (C4) and the settlement record it is (C5): who, where, when,
 * and the coupon's name and type as they were. Unique per issued coupon: the second line of
 * defence behind the conditional update, so even a path that forgot it cannot verify twice.
 */
@Entity
@Table(name = "coupon_verification")
public class CouponVerification extends TenantOwned {

  @Column(name = "issued_coupon_id", nullable = false, updatable = false)
  private Long issuedCouponId;

  @Column(name = "order_number", nullable = false, updatable = false, length = 32)
  private String orderNumber;

  @Column(name = "coupon_id", nullable = false, updatable = false)
  private Long couponId;

  @Column(name = "coupon_name", nullable = false, updatable = false, length = 100)
  private String couponName;

  @Enumerated(EnumType.STRING)
  @Column(name = "coupon_type", nullable = false, updatable = false, length = 12)
  private CouponType couponType;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(name = "store_name", nullable = false, updatable = false, length = 100)
  private String storeName;

  @Column(name = "verifier_user_id", nullable = false, updatable = false)
  private Long verifierUserId;

  @Column(name = "verifier_username", nullable = false, updatable = false, length = 64)
  private String verifierUsername;

  @Column(name = "verified_at", nullable = false, updatable = false)
  private Instant verifiedAt;

  protected CouponVerification() {}

  public CouponVerification(IssuedCoupon issued, String orderNumber, Coupon coupon, Store store, long verifierUserId, String verifierUsername, Instant now) {
    this.issuedCouponId = issued.getId();
    this.orderNumber = orderNumber;
    this.couponId = coupon.getId();
    this.couponName = coupon.getName();
    this.couponType = coupon.getType();
    this.storeId = store.getId();
    this.storeName = store.getName();
    this.verifierUserId = verifierUserId;
    this.verifierUsername = verifierUsername;
    this.verifiedAt = now;
  }

  public Long getIssuedCouponId() { return issuedCouponId; }
  public String getOrderNumber() { return orderNumber; }
  public Long getCouponId() { return couponId; }
  public String getCouponName() { return couponName; }
  public CouponType getCouponType() { return couponType; }
  public Long getStoreId() { return storeId; }
  public String getStoreName() { return storeName; }
  public Long getVerifierUserId() { return verifierUserId; }
  public String getVerifierUsername() { return verifierUsername; }
  public Instant getVerifiedAt() { return verifiedAt; }
}
