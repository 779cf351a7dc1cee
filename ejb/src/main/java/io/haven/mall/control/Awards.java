package io.haven.mall.control;

import io.haven.common.StoredTime;
import io.haven.inventory.control.CdkPool;
import io.haven.inventory.entity.AwardConfig;
import io.haven.inventory.entity.GoodsCategory;
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

  /**
   * Where a HOSTED points award lands; empty for other awards. Call before taking any lock.
   * {@code memberProductId}, {@code phone} and {@code externalId} name the redeeming member.
   */
  public Optional<Long> pointsTarget(
      GoodsCategory category, AwardConfig award, long memberId, long memberProductId, String phone, String externalId, int quantity) {
    if (category != GoodsCategory.POINTS || award == null || award.getPointsType() != PointsType.HOSTED) {
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
    if (target.getId() == memberProductId) {
      return Optional.of(memberId);
    }
    Optional<Long> same = Optional.empty();
    if (phone != null) {
      same = sameBy(target.getId(), "phone", phone);
    }
    if (same.isEmpty() && externalId != null) {
      same = sameBy(target.getId(), "externalId", externalId);
    }
    return Optional.of(same.orElseThrow(() -> new AwardUnavailable("You have no account in " + target.getName() + " to receive the points")));
  }

  /** The same for a member entity (a redemption settled later, after its payment). */
  public Optional<Long> pointsTarget(SubInventory sub, Member member, int quantity) {
    return pointsTarget(sub.getCategory(), sub.getAward(), member.getId(), member.getProductId(), member.getPhone(), member.getExternalId(), quantity);
  }

  private Optional<Long> sameBy(long productId, String attribute, String value) {
    return em.createQuery("select m.id from Member m where m.productId = :p and m." + attribute + " = :v order by m.id", Long.class)
        .setParameter("p", productId)
        .setParameter("v", value)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Gives the award on the redemption: its status moves to COMPLETED or AWAITING_ADDRESS. Called
   * before the redemption is first written (so that it is inserted once, in its final state) or on
   * a persisted one (a redemption settled after its payment). A red packet, which points at the
   * written redemption, is recorded by {@link #recordRedPacket} once the redemption has its id.
   */
  public void give(Redemption r, GoodsCategory category, AwardConfig award, long subInventoryId, Long pointsTarget) {
    String link = award == null ? null : award.getLink();
    var now = StoredTime.now();
    switch (category) {
      case CDK -> {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < r.getQuantity(); i++) {
          codes.add(cdkPool.handOut(subInventoryId, r.getOrderNumber()));
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
      case CASH_RED_PACKET -> r.awardRedPacket(now);
      case PHYSICAL -> r.awaitAddress();
    }
  }

  /** The red packet of a written CASH_RED_PACKET redemption; null for other categories. */
  public RedPacket recordRedPacket(Redemption r, AwardConfig award) {
    if (!GoodsCategory.CASH_RED_PACKET.name().equals(r.getGoodsCategory()) || r.getCompletedAt() == null) {
      return null;
    }
    RedPacket packet = new RedPacket(r.getId(), r.getMemberId(), Math.multiplyExact(award.getAmountFen(), (long) r.getQuantity()),
        award.getMerchantName(), award.getActivityName(), award.getBlessing(), r.getCompletedAt());
    em.persist(packet);
    return packet;
  }
}
