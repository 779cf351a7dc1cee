package io.haven.mall.boundary;

import io.haven.mall.entity.RedPacket;
import io.haven.mall.entity.Redemption;
import io.haven.mall.entity.RedemptionStatus;
import java.time.Instant;
import java.util.List;

/**
 * A redemption as the member (my redemptions, the redeem answer) and the console (records,
 * detail) see it; {@code listingName} is the listing's display name the member redeemed (null on
 * old rows whose listing is gone: show {@code goodsName}). Award fields are filled by category: {@code awardCodes} (CDK), {@code awardLink}
 * (COUPON, CDK), {@code awardPoints} + {@code awardTargetAppId} (POINTS), {@code redPacket}
 * (CASH_RED_PACKET), recipient/address/courier/tracking (PHYSICAL). While PENDING_PAYMENT,
 * {@code payUrl} is where the member pays (before {@code payDeadline}).
 */
public record RedemptionView(
    long id,
    String orderNumber,
    long productId,
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
    String deviceId,
    RedemptionStatus status,
    List<String> awardCodes,
    String awardLink,
    Long awardPoints,
    String awardTargetAppId,
    RedPacketView redPacket,
    String recipient,
    String recipientPhone,
    String address,
    String courier,
    String trackingNumber,
    String payUrl,
    Instant payDeadline,
    Instant createdAt,
    Instant paidAt,
    Instant completedAt,
    Instant shippedAt,
    Instant cancelledAt) {

  static RedemptionView of(Redemption r, RedPacket packet, String payUrl) {
    return new RedemptionView(
        r.getId(), r.getOrderNumber(), r.getProductId(), r.getMemberId(), r.getMemberAccount(), r.getListingId(), r.getListingName(), r.getSubInventoryId(),
        r.getGoodsId(), r.getGoodsName(), r.getGoodsCategory(), r.getGoodsSource(), r.getQuantity(), r.getPoints(), r.getCashFen(),
        r.getDeviceId(), r.getStatus(), r.codes(), r.getAwardLink(), r.getAwardPoints(), r.getAwardTargetAppId(), RedPacketView.of(packet),
        r.getRecipient(), r.getRecipientPhone(), r.getAddress(), r.getCourier(), r.getTrackingNumber(),
        r.getStatus() == RedemptionStatus.PENDING_PAYMENT ? payUrl : null, r.getPayDeadline(), r.getCreatedAt(), r.getPaidAt(),
        r.getCompletedAt(), r.getShippedAt(), r.getCancelledAt());
  }
}
