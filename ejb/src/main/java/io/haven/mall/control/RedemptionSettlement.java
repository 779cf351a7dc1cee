package io.haven.mall.control;

import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.inventory.control.StockLedger;
import io.haven.inventory.entity.SubInventory;
import io.haven.mall.entity.ListingsChanged;
import io.haven.mall.entity.Redeemed;
import io.haven.mall.entity.Redemption;
import io.haven.members.entity.Member;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.entity.PointsSource;
import io.haven.tenancy.entity.Enterprise;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;

/**
 * The two ways a redemption ends after its stock and points were taken: completed (award given,
 * {@link Redeemed} fired) or released (an unpaid one: stock put back, points refunded with source
 * REFUND, limit counters given back). Both run in the caller's transaction; both happen once,
 * because a redemption leaves PENDING_PAYMENT once (entity state + version) and the payment row
 * lock orders a confirmation against a time-out.
 */
@Dependent
public class RedemptionSettlement {

  public static final String PURPOSE = "MALL";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject Awards awards;
  @Inject StockLedger stock;
  @Inject PointsLedger ledger;
  @Inject RedemptionLimits limits;
  @Inject Event<Redeemed> redeemed;
  @Inject Event<ListingsChanged> listingsChanged;

  /** Tells observers (the task centre) that a redemption was awarded; they act after the commit. */
  public void completed(Redemption r) {
    redeemed.fire(new Redeemed(tenant.tenantId(), r.getProductId(), r.getMemberId(), r.getListingId(), r.getGoodsId(), r.getOrderNumber()));
  }

  /**
   * Gives back what an unpaid redemption took. The caller made sure it is still PENDING_PAYMENT.
   * In the one lock order (ARCHITECTURE): the member's account (the refund), the counters, then
   * the stock row last.
   */
  public void release(Redemption r) {
    long tenantId = tenant.tenantId();
    r.cancelled(StoredTime.now());
    SubInventory sub = em.find(SubInventory.class, r.getSubInventoryId());
    if (r.getPoints() > 0) {
      ledger.credit(r.getMemberId(), r.getPoints(), PointsSource.REFUND, r.getOrderNumber(), "Unpaid redemption " + r.getOrderNumber() + " released");
    }
    limits.release(tenantId, sub, r.getMemberId(), r.getDeviceId(), r.getQuantity(), r.getCreatedAt(), zone());
    em.flush(); // the member's side goes out before the stock row is locked
    // nothing was available before the put-back: the listing was sold out and shows again
    boolean wasSoldOut = stock.putBack(r.getSubInventoryId(), r.getQuantity()) == 0;
    if (wasSoldOut) {
      listingsChanged.fire(new ListingsChanged(tenantId, r.getProductId()));
    }
  }

  /** The sandbox (or any) provider settled a mall payment: award it, or release it if refused. */
  void settled(@Observes PaymentSettled payment) {
    if (!PURPOSE.equals(payment.purpose())) {
      return;
    }
    Redemption r =
        em.createQuery("select r from Redemption r where r.orderNumber = :o", Redemption.class)
            .setParameter("o", payment.orderNumber())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no redemption " + payment.orderNumber()));
    if (!r.is(io.haven.mall.entity.RedemptionStatus.PENDING_PAYMENT)) {
      throw new IllegalStateException("redemption " + r.getOrderNumber() + " is " + r.getStatus());
    }
    if (!payment.paid()) {
      release(r);
      return;
    }
    r.paid(StoredTime.now());
    SubInventory sub = em.find(SubInventory.class, r.getSubInventoryId());
    Member member = em.find(Member.class, r.getMemberId());
    awards.give(r, sub.getCategory(), sub.getAward(), sub.getId(), awards.pointsTarget(sub, member, r.getQuantity()).orElse(null));
    awards.recordRedPacket(r, sub.getAward());
    completed(r);
  }

  public ZoneId zone() {
    Enterprise enterprise = em.find(Enterprise.class, tenant.tenantId());
    return ZoneId.of(enterprise.getTimeZone());
  }
}
