package io.haven.coupons.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A self-made coupon (C3). Its stock lives in {@link CouponStock}, its chosen stores in {@link
 * CouponStore}, its images in {@link CouponImage}: this row is read by every claim but written
 * only by the operator.
 */
@Entity
@Table(name = "coupon")
public class Coupon extends TenantOwned {

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "coupon_type", nullable = false, length = 12)
  private CouponType type;

  @Column(name = "threshold_fen")
  private Long thresholdFen;

  @Column(name = "amount_fen")
  private Long amountFen;

  @Column(name = "discount_percent")
  private Integer discountPercent;

  @Enumerated(EnumType.STRING)
  @Column(name = "store_scope", nullable = false, length = 8)
  private StoreScope scope;

  @Enumerated(EnumType.STRING)
  @Column(name = "claim_method", nullable = false, length = 16)
  private ClaimMethod claimMethod;

  @Column(name = "per_member_limit", nullable = false)
  private int perMemberLimit;

  @Column(name = "per_device_limit", nullable = false)
  private int perDeviceLimit;

  @Column(name = "valid_from")
  private Instant validFrom;

  @Column(name = "valid_until")
  private Instant validUntil;

  @Column(name = "valid_days")
  private Integer validDays;

  @Column(length = 1000)
  private String instructions;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Coupon() {}

  public Coupon(long productId, Instant now) {
    this.productId = productId;
    this.createdAt = now;
  }

  /** Sets everything but the stock, already checked ({@code CouponDraft.checked}). */
  public void set(String name, CouponType type, Long thresholdFen, Long amountFen, Integer discountPercent, String instructions,
      StoreScope scope, ClaimMethod claimMethod, int perMemberLimit, int perDeviceLimit, Instant validFrom, Instant validUntil, Integer validDays) {
    this.name = name;
    this.type = type;
    this.thresholdFen = type == CouponType.AMOUNT_OFF ? thresholdFen : null;
    this.amountFen = type == CouponType.AMOUNT_OFF ? amountFen : null;
    this.discountPercent = type == CouponType.DISCOUNT ? discountPercent : null;
    this.instructions = instructions;
    this.scope = scope;
    this.claimMethod = claimMethod;
    this.perMemberLimit = perMemberLimit;
    this.perDeviceLimit = perDeviceLimit;
    this.validFrom = validDays == null ? validFrom : null;
    this.validUntil = validDays == null ? validUntil : null;
    this.validDays = validDays;
  }

  /** From when a coupon claimed at {@code claimedAt} is valid. */
  public Instant validFromFor(Instant claimedAt) {
    return validDays == null ? validFrom : claimedAt;
  }

  /** Until when (exclusive) a coupon claimed at {@code claimedAt} is valid. */
  public Instant validUntilFor(Instant claimedAt) {
    return validDays == null ? validUntil : claimedAt.plus(Duration.ofDays(validDays));
  }

  /** Whether a claim at {@code now} could still be used: a fixed period must not be over. */
  public boolean claimableAt(Instant now) {
    return validDays != null || now.isBefore(validUntil);
  }

  public Long getProductId() { return productId; }
  public String getName() { return name; }
  public CouponType getType() { return type; }
  public Long getThresholdFen() { return thresholdFen; }
  public Long getAmountFen() { return amountFen; }
  public Integer getDiscountPercent() { return discountPercent; }
  public StoreScope getScope() { return scope; }
  public ClaimMethod getClaimMethod() { return claimMethod; }
  public int getPerMemberLimit() { return perMemberLimit; }
  public int getPerDeviceLimit() { return perDeviceLimit; }
  public Instant getValidFrom() { return validFrom; }
  public Instant getValidUntil() { return validUntil; }
  public Integer getValidDays() { return validDays; }
  public String getInstructions() { return instructions; }
  public Instant getCreatedAt() { return createdAt; }
}
