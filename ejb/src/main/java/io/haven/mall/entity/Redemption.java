package io.haven.mall.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import io.haven.tenancy.control.OwnTrail;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One member's redemption of a listing (M3, M4): what was redeemed (a snapshot of the goods' name,
 * category and source, so the record survives edits of the goods), what it cost, where it stands
 * and what was awarded. The order number is unique per tenant; the status moves only forwards.
 */
@Entity
@OwnTrail
@Table(name = "redemption")
public class Redemption extends TenantOwned {

  public static final int RECIPIENT_MAX = 50;
  public static final int ADDRESS_MAX = 300;
  public static final int COURIER_MAX = 50;
  public static final int TRACKING_MAX = 50;

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Column(name = "order_number", nullable = false, updatable = false, length = 32)
  private String orderNumber;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  /** The member's account as operators search it: phone, else the enterprise's member id. */
  @Column(name = "member_account", nullable = false, updatable = false, length = 64)
  private String memberAccount;

  @Column(name = "listing_id", nullable = false, updatable = false)
  private Long listingId;

  @Column(name = "sub_inventory_id", nullable = false, updatable = false)
  private Long subInventoryId;

  @Column(name = "goods_id", nullable = false, updatable = false)
  private Long goodsId;

  @Column(name = "goods_name", nullable = false, updatable = false, length = 100)
  private String goodsName;

  /** The listing's display name when redeemed: what the member saw and chose (null on rows older than V59 without a listing). */
  @Column(name = "listing_name", updatable = false, length = 100)
  private String listingName;

  @Column(name = "goods_category", nullable = false, updatable = false, length = 20)
  private String goodsCategory;

  @Column(name = "goods_source", nullable = false, updatable = false, length = 16)
  private String goodsSource;

  @Column(nullable = false, updatable = false)
  private int quantity;

  @Column(nullable = false, updatable = false)
  private long points;

  @Column(name = "cash_fen", nullable = false, updatable = false)
  private long cashFen;

  @Column(name = "device_id", updatable = false, length = 64)
  private String deviceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RedemptionStatus status;

  /** CDK codes handed out, one per line. */
  @Column(name = "award_codes", length = 2000)
  private String awardCodes;

  @Column(name = "award_link", length = 500)
  private String awardLink;

  @Column(name = "award_points")
  private Long awardPoints;

  @Column(name = "award_target_app_id", length = 32)
  private String awardTargetAppId;

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

  @Column(name = "payment_reference", length = 64)
  private String paymentReference;

  @Column(name = "pay_deadline")
  private Instant payDeadline;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "shipped_at")
  private Instant shippedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  protected Redemption() {}

  /** What was redeemed, by whom, for how much. */
  public record Snapshot(
      long productId,
      String orderNumber,
      long memberId,
      String memberAccount,
      long listingId,
      String listingName,
      long subInventoryId,
      long goodsId,
      String goodsName,
      String goodsCategory,
      String goodsSource,
      int quantity,
      long points,
      long cashFen,
      String deviceId) {}

  public Redemption(Snapshot s, Instant now) {
    this.productId = s.productId();
    this.orderNumber = s.orderNumber();
    this.memberId = s.memberId();
    this.memberAccount = s.memberAccount();
    this.listingId = s.listingId();
    this.listingName = s.listingName();
    this.subInventoryId = s.subInventoryId();
    this.goodsId = s.goodsId();
    this.goodsName = s.goodsName();
    this.goodsCategory = s.goodsCategory();
    this.goodsSource = s.goodsSource();
    this.quantity = s.quantity();
    this.points = s.points();
    this.cashFen = s.cashFen();
    this.deviceId = s.deviceId();
    this.createdAt = now;
    this.status = RedemptionStatus.COMPLETED; // until told otherwise by awaitPayment/awaitAddress
  }

  public void awaitPayment(String paymentReference, Instant deadline) {
    this.status = RedemptionStatus.PENDING_PAYMENT;
    this.paymentReference = paymentReference;
    this.payDeadline = deadline;
  }

  public void paid(Instant now) {
    requireStatus(RedemptionStatus.PENDING_PAYMENT);
    this.paidAt = now;
    this.status = RedemptionStatus.COMPLETED;
  }

  public void cancelled(Instant now) {
    requireStatus(RedemptionStatus.PENDING_PAYMENT);
    this.status = RedemptionStatus.CANCELLED;
    this.cancelledAt = now;
  }

  /** Settles the award: physical goods wait for an address, everything else is done. */
  public void awardCodes(List<String> codes, String link, Instant now) {
    this.awardCodes = String.join("\n", codes);
    this.awardLink = link;
    complete(now);
  }

  public void awardLink(String link, Instant now) {
    this.awardLink = link;
    complete(now);
  }

  public void awardPoints(long points, String targetAppId, Instant now) {
    this.awardPoints = points;
    this.awardTargetAppId = targetAppId;
    complete(now);
  }

  public void awardRedPacket(Instant now) {
    complete(now);
  }

  public void awaitAddress() {
    this.status = RedemptionStatus.AWAITING_ADDRESS;
  }

  public void giveAddress(String recipient, String phone, String address) {
    requireStatus(RedemptionStatus.AWAITING_ADDRESS, RedemptionStatus.AWAITING_SHIPMENT);
    this.recipient = recipient;
    this.recipientPhone = phone;
    this.address = address;
    this.status = RedemptionStatus.AWAITING_SHIPMENT;
  }

  public void ship(String courier, String trackingNumber, Instant now) {
    requireStatus(RedemptionStatus.AWAITING_SHIPMENT);
    this.courier = courier;
    this.trackingNumber = trackingNumber;
    this.shippedAt = now;
    this.status = RedemptionStatus.SHIPPED;
  }

  private void complete(Instant now) {
    this.completedAt = now;
    this.status = RedemptionStatus.COMPLETED;
  }

  public boolean is(RedemptionStatus... any) {
    for (RedemptionStatus s : any) {
      if (status == s) {
        return true;
      }
    }
    return false;
  }

  private void requireStatus(RedemptionStatus... allowed) {
    if (!is(allowed)) {
      throw new IllegalStateException("redemption " + orderNumber + " is " + status);
    }
  }

  public List<String> codes() {
    return awardCodes == null || awardCodes.isEmpty() ? List.of() : List.of(awardCodes.split("\n"));
  }

  public Long getProductId() { return productId; }
  public String getOrderNumber() { return orderNumber; }
  public Long getMemberId() { return memberId; }
  public String getMemberAccount() { return memberAccount; }
  public Long getListingId() { return listingId; }
  public Long getSubInventoryId() { return subInventoryId; }
  public Long getGoodsId() { return goodsId; }
  public String getGoodsName() { return goodsName; }

  public String getListingName() { return listingName; }
  public String getGoodsCategory() { return goodsCategory; }
  public String getGoodsSource() { return goodsSource; }
  public int getQuantity() { return quantity; }
  public long getPoints() { return points; }
  public long getCashFen() { return cashFen; }
  public String getDeviceId() { return deviceId; }
  public RedemptionStatus getStatus() { return status; }
  public String getAwardLink() { return awardLink; }
  public Long getAwardPoints() { return awardPoints; }
  public String getAwardTargetAppId() { return awardTargetAppId; }
  public String getRecipient() { return recipient; }
  public String getRecipientPhone() { return recipientPhone; }
  public String getAddress() { return address; }
  public String getCourier() { return courier; }
  public String getTrackingNumber() { return trackingNumber; }
  public String getPaymentReference() { return paymentReference; }
  public Instant getPayDeadline() { return payDeadline; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getPaidAt() { return paidAt; }
  public Instant getCompletedAt() { return completedAt; }
  public Instant getShippedAt() { return shippedAt; }
  public Instant getCancelledAt() { return cancelledAt; }
}
