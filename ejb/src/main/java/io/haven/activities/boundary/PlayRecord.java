package io.haven.activities.boundary;

import io.haven.activities.entity.Play;
import java.time.Instant;

/**
 * A play as the console's winner records show it (A4): who played which activity, what it cost,
 * the number drawn and what it won, the award, and for a physical prize the address and shipping.
 */
public record PlayRecord(
    long id,
    long activityId,
    String activityTitle,
    long productId,
    long memberId,
    String memberAccount,
    long playNumber,
    int drawNumber,
    boolean won,
    String prizeName,
    String category,
    String status,
    String awardCode,
    String awardLink,
    Long awardPoints,
    boolean freePlay,
    long pointsPaid,
    String deviceId,
    Instant playedAt,
    String recipient,
    String recipientPhone,
    String address,
    String courier,
    String trackingNumber,
    Instant shippedAt) {

  static PlayRecord of(Play p, String activityTitle, String memberAccount) {
    return new PlayRecord(p.getId(), p.getActivityId(), activityTitle, p.getProductId(), p.getMemberId(), memberAccount, p.getPlayNumber(),
        p.getDrawNumber(), p.isWin(), p.getPrizeName(), p.getCategory(), p.getStatus().name(), p.getAwardCode(), p.getAwardLink(), p.getAwardPoints(),
        p.isFreePlay(), p.getPointsPaid(), p.getDeviceId(), p.getPlayedAt(), p.getRecipient(), p.getRecipientPhone(), p.getAddress(), p.getCourier(),
        p.getTrackingNumber(), p.getShippedAt());
  }
}
