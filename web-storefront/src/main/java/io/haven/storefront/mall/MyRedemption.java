package io.haven.storefront.mall;

import io.haven.mall.boundary.RedPacketView;
import io.haven.mall.boundary.RedemptionView;
import java.time.Instant;
import java.util.List;

/**
 * One of the member's redemptions as their pages show it: what was redeemed (the listing's display
 * name the member chose, the goods' name on rows that have none; the cover comes from
 * {@code goods/{listingId}/images/cover}), what it cost, where
 * it stands and what was awarded by category (CDK codes, a coupon link, points credited to a
 * product, a red packet, or the address and shipping of physical goods). Nothing the member did
 * not give or need (member and device ids, inventory ids, goods source) leaves the server.
 */
public record MyRedemption(
    long id,
    String orderNumber,
    long listingId,
    String listingName,
    long goodsId,
    String goodsName,
    String category,
    int quantity,
    long points,
    long cashFen,
    String status,
    List<String> codes,
    String link,
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

  static MyRedemption of(RedemptionView r) {
    return new MyRedemption(
        r.id(), r.orderNumber(), r.listingId(), r.listingName() == null ? r.goodsName() : r.listingName(), r.goodsId(), r.goodsName(), r.goodsCategory(), r.quantity(), r.points(), r.cashFen(),
        r.status().name(), r.awardCodes() == null ? List.of() : r.awardCodes(), r.awardLink(), r.awardPoints(), r.awardTargetAppId(),
        r.redPacket(), r.recipient(), r.recipientPhone(), r.address(), r.courier(), r.trackingNumber(), r.payUrl(), r.payDeadline(),
        r.createdAt(), r.paidAt(), r.completedAt(), r.shippedAt(), r.cancelledAt());
  }
}
