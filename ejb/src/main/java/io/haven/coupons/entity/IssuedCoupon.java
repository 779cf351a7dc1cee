package io.haven.coupons.entity;

import io.haven.common.TenantOwned;
import io.haven.tenancy.control.OwnTrail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A coupon a member holds: written once in its final state by the claim, with its unguessable
 * code (unique per tenant by constraint) and its own validity. Verified only by the conditional
 * update of {@link io.haven.coupons.boundary.Verifications} (ISSUED → VERIFIED, exactly one row
 * changed), never by setting the field on a loaded entity: two counters that both loaded it
 * unused would both "win".
 */
@Entity
@OwnTrail
@Table(name = "issued_coupon")
public class IssuedCoupon extends TenantOwned {

  @Column(name = "coupon_id", nullable = false, updatable = false)
  private Long couponId;

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  @Column(nullable = false, updatable = false, length = 32)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "claim_method", nullable = false, updatable = false, length = 16)
  private ClaimMethod claimMethod;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private IssuedStatus status;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private Instant validFrom;

  @Column(name = "valid_until", nullable = false, updatable = false)
  private Instant validUntil;

  @Column(name = "claimed_at", nullable = false, updatable = false)
  private Instant claimedAt;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  protected IssuedCoupon() {}

  public IssuedCoupon(Coupon coupon, long memberId, String code, ClaimMethod method, Instant now) {
    this.couponId = coupon.getId();
    this.productId = coupon.getProductId();
    this.memberId = memberId;
    this.code = code;
    this.claimMethod = method;
    this.status = IssuedStatus.ISSUED;
    this.validFrom = coupon.validFromFor(now);
    this.validUntil = coupon.validUntilFor(now);
    this.claimedAt = now;
  }

  public boolean validAt(Instant now) {
    return !now.isBefore(validFrom) && now.isBefore(validUntil);
  }

  public Long getCouponId() { return couponId; }
  public Long getProductId() { return productId; }
  public Long getMemberId() { return memberId; }
  public String getCode() { return code; }
  public ClaimMethod getClaimMethod() { return claimMethod; }
  public IssuedStatus getStatus() { return status; }
  public Instant getValidFrom() { return validFrom; }
  public Instant getValidUntil() { return validUntil; }
  public Instant getClaimedAt() { return claimedAt; }
  public Instant getVerifiedAt() { return verifiedAt; }
}
