package io.haven.activities.control;

import io.haven.activities.entity.Play;
import io.haven.activities.entity.Prize;
import io.haven.inventory.control.CdkPool;
import io.haven.inventory.entity.AwardConfig;
import io.haven.inventory.entity.PointsType;
import io.haven.points.control.LedgerEntries;
import io.haven.points.entity.PointsAccount;
import io.haven.points.entity.PointsSource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Gives a won prize its award by the goods' category, as the mall's {@code Awards} does for a
 * redemption and from the same sub-inventory award configuration and CDK pool, inside the play's
 * transaction:
 *
 * <ul>
 *   <li>CDK: one code from the goods' pool (the same {@link CdkPool} the mall hands out from) and
 *       the jump link;
 *   <li>COUPON and DIRECT_CHARGE: the jump link;
 *   <li>POINTS, HOSTED: the value credited through the ledger to the winner's own account, which
 *       the play holds locked already (prizes crediting another product are refused when the
 *       prize is set up, so no second account lock is needed mid-play); THIRD_PARTY: the value
 *       recorded on the play for the enterprise's own points system;
 *   <li>CASH_RED_PACKET: the play waits for the operator's payout (no WeChat payout in this build);
 *   <li>PHYSICAL: the play waits for the winner's address, then for shipping.
 * </ul>
 */
@Dependent
public class PrizeAwards {

  @Inject CdkPool cdkPool;
  @Inject LedgerEntries ledger;

  public void give(Play play, Prize prize, AwardConfig award, PointsAccount winnersAccount, String reference) {
    play.won(prize);
    String link = award == null ? null : award.getLink();
    switch (prize.getCategory()) {
      case CDK -> play.awardCode(cdkPool.handOut(prize.getSubInventoryId(), reference), link);
      case COUPON, DIRECT_CHARGE -> play.awardLink(link);
      case POINTS -> {
        long points = award.getPoints();
        if (award.getPointsType() == PointsType.HOSTED) {
          ledger.creditLocked(winnersAccount, points, PointsSource.ACTIVITY, reference, "Prize " + prize.getName());
        }
        play.awardPoints(points);
      }
      case CASH_RED_PACKET -> play.awaitPayout();
      case PHYSICAL -> play.awaitAddress();
    }
  }
}
