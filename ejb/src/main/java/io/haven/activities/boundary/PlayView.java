package io.haven.activities.boundary;

import io.haven.activities.entity.Play;
import java.time.Instant;

/**
 * A play as the member (and the fairness check) sees it: its number and the number drawn, what it
 * won — or the no-prize text — and what it cost. {@code drawnPrizeId} differs from {@code prizeId}
 * only when the drawn prize had run out.
 */
public record PlayView(
    long id,
    long activityId,
    long memberId,
    long playNumber,
    int drawNumber,
    boolean won,
    Long drawnPrizeId,
    Long prizeId,
    String prizeName,
    String category,
    String status,
    String awardCode,
    String awardLink,
    Long awardPoints,
    String noPrizeText,
    boolean freePlay,
    long pointsPaid,
    Instant playedAt,
    String recipient,
    String recipientPhone,
    String address,
    String courier,
    String trackingNumber,
    Instant shippedAt) {

  public static PlayView of(Play p, String noPrizeText) {
    return new PlayView(p.getId(), p.getActivityId(), p.getMemberId(), p.getPlayNumber(), p.getDrawNumber(), p.isWin(), p.getDrawnPrizeId(),
        p.getPrizeId(), p.getPrizeName(), p.getCategory(), p.getStatus().name(), p.getAwardCode(), p.getAwardLink(), p.getAwardPoints(),
        p.isWin() ? null : noPrizeText, p.isFreePlay(), p.getPointsPaid(), p.getPlayedAt(), p.getRecipient(), p.getRecipientPhone(),
        p.getAddress(), p.getCourier(), p.getTrackingNumber(), p.getShippedAt());
  }
}
