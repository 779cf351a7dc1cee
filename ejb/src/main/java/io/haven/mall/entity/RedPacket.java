package io.haven.mall.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import io.haven.tenancy.control.OwnTrail;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A cash red packet a member redeemed (R5 CASH_RED_PACKET): amount, merchant, activity and
 * blessing copied from the sub-inventory's award configuration. This build has no WeChat Pay
 * connection, so the record stays PENDING: it is what an operator (or a later payout job) pays out.
 */
@Entity
@OwnTrail
@Table(name = "red_packet")
public class RedPacket extends TenantOwned {

  public static final String PENDING = "PENDING";

  @Column(name = "redemption_id", nullable = false, updatable = false)
  private Long redemptionId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  @Column(name = "amount_fen", nullable = false, updatable = false)
  private long amountFen;

  @Column(name = "merchant_name", nullable = false, updatable = false, length = 100)
  private String merchantName;

  @Column(name = "activity_name", nullable = false, updatable = false, length = 100)
  private String activityName;

  @Column(nullable = false, updatable = false, length = 200)
  private String blessing;

  @Column(nullable = false, length = 8)
  private String status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected RedPacket() {}

  public RedPacket(long redemptionId, long memberId, long amountFen, String merchantName, String activityName, String blessing, Instant now) {
    if (amountFen <= 0) {
      throw new IllegalArgumentException("red packet amount must be positive");
    }
    this.redemptionId = redemptionId;
    this.memberId = memberId;
    this.amountFen = amountFen;
    this.merchantName = merchantName;
    this.activityName = activityName;
    this.blessing = blessing;
    this.status = PENDING;
    this.createdAt = now;
  }

  public Long getRedemptionId() { return redemptionId; }
  public Long getMemberId() { return memberId; }
  public long getAmountFen() { return amountFen; }
  public String getMerchantName() { return merchantName; }
  public String getActivityName() { return activityName; }
  public String getBlessing() { return blessing; }
  public String getStatus() { return status; }
  public Instant getCreatedAt() { return createdAt; }
}
