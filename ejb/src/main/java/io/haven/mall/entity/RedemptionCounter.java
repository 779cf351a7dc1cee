package io.haven.mall.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import io.haven.tenancy.control.OwnTrail;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How many units one user id or one device redeemed from one sub-inventory in one limit period
 * (R5 per-user / per-device limits). The row is unique per (tenant, sub-inventory, kind, subject,
 * period start) and changes only by guarded bulk updates ({@code used + q <= limit}) under the
 * sub-inventory's stock lock, so two redemptions can never both take the last place.
 */
@Entity
@OwnTrail
@Table(name = "redemption_counter")
public class RedemptionCounter extends TenantOwned {

  public enum Kind { USER, DEVICE }

  @Column(name = "sub_inventory_id", nullable = false, updatable = false)
  private Long subInventoryId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, updatable = false, length = 8)
  private Kind kind;

  @Column(nullable = false, updatable = false, length = 64)
  private String subject;

  @Column(name = "period_start", nullable = false, updatable = false)
  private Instant periodStart;

  @Column(nullable = false)
  private int used;

  protected RedemptionCounter() {}

  public RedemptionCounter(long subInventoryId, Kind kind, String subject, Instant periodStart, int used) {
    this.subInventoryId = subInventoryId;
    this.kind = kind;
    this.subject = subject;
    this.periodStart = periodStart;
    this.used = used;
  }

  public Long getSubInventoryId() { return subInventoryId; }
  public Kind getKind() { return kind; }
  public String getSubject() { return subject; }
  public Instant getPeriodStart() { return periodStart; }
  public int getUsed() { return used; }
}
