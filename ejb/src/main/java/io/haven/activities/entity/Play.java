package io.haven.activities.entity;

import io.haven.common.TenantOwned;
import io.haven.tenancy.control.OwnTrail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One play of a member (A4's winner records are the plays that won). Written once, in its final
 * state, by the play's transaction. It keeps what the fairness check needs — the play number (the
 * draw's input, unique per activity and member so a retried play cannot be played twice) and the
 * number drawn — and both the prize that number drew and the prize won: they differ only when the
 * drawn prize had run out, and then the play is the no-prize outcome, never a phantom win.
 */
@Entity
@OwnTrail
@Table(name = "play")
public class Play extends TenantOwned {

  public static final int RECIPIENT_MAX = 50;
  public static final int ADDRESS_MAX = 300;
  public static final int COURIER_MAX = 50;
  public static final int TRACKING_MAX = 50;

  @Column(name = "activity_id", nullable = false, updatable = false)
  private Long activityId;

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  @Column(name = "play_number", nullable = false, updatable = false)
  private long playNumber;

  @Column(name = "device_id", updatable = false, length = 64)
  private String deviceId;

  @Column(name = "draw_number", nullable = false, updatable = false)
  private int drawNumber;

  @Column(name = "drawn_prize_id", updatable = false)
  private Long drawnPrizeId;

  @Column(name = "prize_id", updatable = false)
  private Long prizeId;

  @Column(name = "prize_name", updatable = false, length = Prize.NAME_MAX)
  private String prizeName;

  @Column(updatable = false, length = 16)
  private String category;

  @Column(name = "free_play", nullable = false, updatable = false)
  private boolean freePlay;

  @Column(name = "points_paid", nullable = false, updatable = false)
  private long pointsPaid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PlayStatus status;

  @Column(name = "award_code", length = 128)
  private String awardCode;

  @Column(name = "award_link", length = 500)
  private String awardLink;

  @Column(name = "award_points")
  private Long awardPoints;

  @Column(name = "played_at", nullable = false, updatable = false)
  private Instant playedAt;

  @Column(length = RECIPIENT_MAX)
  private String recipient;

  @Column(name = "recipient_phone", length = 20)
  private String recipientPhone;

  @Column(length = ADDRESS_MAX)
  private String address;

  @Column(length = COURIER_MAX)
  private String courier;

  @Column(name = "tracking_number", length = TRACKING_MAX)
  private String trackingNumber;

  @Column(name = "shipped_at")
  private Instant shippedAt;

  protected Play() {}

  /** A play as drawn and paid: no prize until {@link #won} says otherwise. */
  public Play(long activityId, long productId, long memberId, long playNumber, String deviceId, int drawNumber, Long drawnPrizeId,
      boolean freePlay, long pointsPaid, Instant playedAt) {
    this.activityId = activityId;
    this.productId = productId;
    this.memberId = memberId;
    this.playNumber = playNumber;
    this.deviceId = deviceId;
    this.drawNumber = drawNumber;
    this.drawnPrizeId = drawnPrizeId;
    this.freePlay = freePlay;
    this.pointsPaid = pointsPaid;
    this.playedAt = playedAt;
    this.status = PlayStatus.NO_PRIZE;
  }

  /** The drawn prize's unit was taken: the play won it; the award sets the status. */
  public void won(Prize prize) {
    this.prizeId = prize.getId();
    this.prizeName = prize.getName();
    this.category = prize.getCategory().name();
    this.status = PlayStatus.COMPLETED;
  }

  public void awardCode(String code, String link) {
    this.awardCode = code;
    this.awardLink = link;
  }

  public void awardLink(String link) {
    this.awardLink = link;
  }

  public void awardPoints(long points) {
    this.awardPoints = points;
  }

  public void awaitAddress() {
    this.status = PlayStatus.AWAITING_ADDRESS;
  }

  public void awaitPayout() {
    this.status = PlayStatus.AWAITING_PAYOUT;
  }

  /** The winner gives (or corrects, until shipped) where a physical prize goes. */
  public void giveAddress(String recipient, String phone, String address) {
    if (status != PlayStatus.AWAITING_ADDRESS && status != PlayStatus.AWAITING_SHIPMENT) {
      throw new IllegalStateException("play " + getId() + " is " + status);
    }
    this.recipient = recipient;
    this.recipientPhone = phone;
    this.address = address;
    this.status = PlayStatus.AWAITING_SHIPMENT;
  }

  public void ship(String courier, String trackingNumber, Instant now) {
    if (status != PlayStatus.AWAITING_SHIPMENT) {
      throw new IllegalStateException("play " + getId() + " is " + status);
    }
    this.courier = courier;
    this.trackingNumber = trackingNumber;
    this.shippedAt = now;
    this.status = PlayStatus.SHIPPED;
  }

  public boolean isWin() {
    return prizeId != null;
  }

  public Long getActivityId() { return activityId; }
  public Long getProductId() { return productId; }
  public Long getMemberId() { return memberId; }
  public long getPlayNumber() { return playNumber; }
  public String getDeviceId() { return deviceId; }
  public int getDrawNumber() { return drawNumber; }
  public Long getDrawnPrizeId() { return drawnPrizeId; }
  public Long getPrizeId() { return prizeId; }
  public String getPrizeName() { return prizeName; }
  public String getCategory() { return category; }
  public boolean isFreePlay() { return freePlay; }
  public long getPointsPaid() { return pointsPaid; }
  public PlayStatus getStatus() { return status; }
  public String getAwardCode() { return awardCode; }
  public String getAwardLink() { return awardLink; }
  public Long getAwardPoints() { return awardPoints; }
  public Instant getPlayedAt() { return playedAt; }
  public String getRecipient() { return recipient; }
  public String getRecipientPhone() { return recipientPhone; }
  public String getAddress() { return address; }
  public String getCourier() { return courier; }
  public String getTrackingNumber() { return trackingNumber; }
  public Instant getShippedAt() { return shippedAt; }
}
