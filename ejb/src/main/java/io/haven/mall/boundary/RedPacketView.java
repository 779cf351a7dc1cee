package io.haven.mall.boundary;

import io.haven.mall.entity.RedPacket;

/** A red-packet award; {@code status} stays PENDING in this build (no WeChat payout). */
public record RedPacketView(long amountFen, String merchantName, String activityName, String blessing, String status) {

  static RedPacketView of(RedPacket p) {
    return p == null ? null : new RedPacketView(p.getAmountFen(), p.getMerchantName(), p.getActivityName(), p.getBlessing(), p.getStatus());
  }
}
