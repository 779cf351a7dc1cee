package io.haven.mall.control;

import io.haven.common.StoredTime;
import io.haven.inventory.control.CdkPool;
import io.haven.inventory.entity.AwardConfig;
import io.haven.inventory.entity.PointsType;
import io.haven.inventory.entity.SubInventory;
import io.haven.mall.boundary.AwardUnavailable;
import io.haven.mall.entity.RedPacket;
import io.haven.mall.entity.Redemption;
import io.haven.members.entity.Member;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.entity.PointsSource;
import io.haven.tenancy.entity.Product;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives a redemption its award by the goods' category (M3, R5), inside the redemption's (or the
 * payment's) transaction:
 *
 * <ul>
 *   <li>CDK: one code from the pool per unit, shown to the member, plus the jump link;
 *   <li>COUPON and DIRECT_CHARGE: the jump link;
 *   <li>POINTS, HOSTED: points value × quantity credited through the ledger to the same person's
 *       account in the target product (same tenant): the member itself when the target is its own
 *       product, otherwise the target product's member with the same phone, or the same
 *       enterprise member id. None there → {@link AwardUnavailable}, found before anything is
 *       taken. POINTS, THIRD_PARTY: the enterprise's own points system credits it; Haven records
 *       the value and target on the redemption for the enterprise to read (nothing is pushed);
 *   <li>CASH_RED_PACKET: a {@link RedPacket} record, PENDING — no WeChat payout in this build;
 *   <li>PHYSICAL: the redemption waits for the member's address, then for shipping.
 * </ul>
 */
@Dependent
public class Awards {

  @PersistenceContext EntityManager em;
  @Inject CdkPool cdkPool;
  @Inject PointsLedger ledger;

  /** Where a HOSTED points award lands; empty for other awards. Call before taking any lock. */
  public Optional<Long> pointsTarget(SubInventory sub, Member member, int quantity) {
    AwardConfig award = sub.getAward();
    if (!"POINTS".equals(sub.getCategory().name()) || award == null || award.getPointsType() != PointsType.HOSTED) {
      return Optional.empty();
    }
    if (award.getPoints() == null || award.getPoints() <= 0 || award.getPoints() * quantity > PointsLedger.MAX_AMOUNT) {
      throw new AwardUnavailable("The points award of these goods is not configured within 1.." + PointsLedger.MAX_AMOUNT);
    }
    Product target =
        em.createQuery("select p from Product p where p.appId = :a", Product.class)
            .setParameter("a", award.getPointsAppId())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new AwardUnavailable("The points award's product " + award.getPointsAppId() + " is not one of this enterprise"));
    if (target.getId().equals(member.getProductId())) {
      return Optional.of(member.getId());
    }
    Optional<Long> same = Optional.empty();
    if (member.getPhone() != null) {
      same = sameBy(target.getId(), "phone", member.getPhone());
    }
    if (same.isEmpty() && member.getExternalId() != null) {
      same = sameBy(target.getId(), "externalId", member.getExternalId());
    }
    return Optional.of(same.orElseThrow(() -> new AwardUnavailable("You have no account in " + target.getName() + " to receive the points")));
  }

  private Optional<Long> sameBy(long productId, String attribute, String value) {
    return em.createQuery("select m.id from Member m where m.productId = :p and m." + attribute + " = :v order by m.id", Long.class)
        .setParameter("p", productId)
        .setParameter("v", value)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Gives the award; the redemption's status moves to COMPLETED or AWAITING_ADDRESS. */
  public void give(Redemption r, SubInventory sub, Long pointsTarget) {
    AwardConfig award = sub.getAward();
    String link = award == null ? null : award.getLink();
    var now = StoredTime.now();
    switch (sub.getCategory()) {
      case CDK -> {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < r.getQuantity(); i++) {
          codes.add(cdkPool.handOut(sub.getId(), r.getOrderNumber()));
        }
        r.awardCodes(codes, link, now);
      }
      case COUPON, DIRECT_CHARGE -> r.awardLink(link, now);
      case POINTS -> {
        long points = award.getPoints() * r.getQuantity();
        if (pointsTarget != null) {
          ledger.credit(pointsTarget, points, PointsSource.MALL_REDEMPTION, r.getOrderNumber() + "-award", "Points award of " + r.getGoodsName());
        }
        r.awardPoints(points, award.getPointsAppId(), now);
      }
      case CASH_RED_PACKET -> {
        em.persist(new RedPacket(r.getId(), r.getMemberId(), Math.multiplyExact(award.getAmountFen(), (long) r.getQuantity()),
            award.getMerchantName(), award.getActivityName(), award.getBlessing(), now));
        r.awardRedPacket(now);
      }
      case PHYSICAL -> r.awaitAddress();
    }
  }
}
