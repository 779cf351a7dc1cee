package io.haven.coupons.entity;

import io.haven.common.TenantOwned;
import io.haven.tenancy.control.OwnTrail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * How many times one member or one device claimed a coupon. Unique per (tenant, coupon, kind,
 * subject); changed only by a guarded update ({@code used + 1 <= limit}, see {@link
 * io.haven.coupons.control.ClaimLimits}), so no two claims can take the last place.
 */
@Entity
@OwnTrail
@Table(name = "coupon_claim_counter")
public class ClaimCounter extends TenantOwned {

  public enum Kind { MEMBER, DEVICE }

  @Column(name = "coupon_id", nullable = false, updatable = false)
  private Long couponId;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, updatable = false, length = 8)
  private Kind kind;

  @Column(nullable = false, updatable = false, length = 64)
  private String subject;

  @Column(nullable = false)
  private int used;

  protected ClaimCounter() {}

  public ClaimCounter(long couponId, Kind kind, String subject, int used) {
    this.couponId = couponId;
    this.kind = kind;
    this.subject = subject;
    this.used = used;
  }

  public Long getCouponId() { return couponId; }
  public Kind getKind() { return kind; }
  public String getSubject() { return subject; }
  public int getUsed() { return used; }
}
