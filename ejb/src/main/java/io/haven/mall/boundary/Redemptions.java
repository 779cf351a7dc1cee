package io.haven.mall.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.inventory.control.LockedStock;
import io.haven.inventory.control.StockLedger;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.mall.control.Awards;
import io.haven.mall.control.PaymentProvider;
import io.haven.mall.control.PaymentProvider.PaymentRequest;
import io.haven.mall.control.PaymentProvider.StartedPayment;
import io.haven.mall.control.RedemptionLimits;
import io.haven.mall.control.OrderNumbers;
import io.haven.mall.control.RedemptionSettlement;
import io.haven.mall.control.RedemptionTerms;
import io.haven.mall.entity.ListingStatus;
import io.haven.mall.entity.ListingsChanged;
import io.haven.mall.entity.Price;
import io.haven.mall.entity.RedPacket;
import io.haven.mall.entity.Redemption;
import io.haven.mall.entity.RedemptionStatus;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.control.LedgerEntries;
import io.haven.points.control.PointsAccounts;
import io.haven.points.entity.PointsAccount;
import io.haven.points.entity.PointsSource;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A member redeems a listing (M3) — one transaction, in the order ARCHITECTURE § Stock, points
 * and locks asks for, the contended row last:
 *
 * <ol>
 *   <li>without any lock, one read ({@link RedemptionTerms}): the listing (online, flash-sale
 *       window), the sub-inventory's terms (online, effective time), the goods (not expired), the
 *       member, the price and the award's target — every refusal that needs no lock happens here;
 *   <li>the member's own rows: the points account lock (the target's too for a points award, in
 *       id order), the balance, the per-user/per-device counters (guarded rows), the debit and its
 *       ledger entry (source MALL_REDEMPTION, reference = order number), the award (or the
 *       payment, for a cash part: PENDING_PAYMENT until paid or timed out) and the redemption
 *       row, written once in its final state — all sent to the database now;
 *   <li>the stock row lock ({@link StockLedger#lockForRedemption}, answering "busy" after its
 *       timeout), its checks (terms unchanged since step 1, online, total cap, availability) and
 *       the guarded decrement; then the commit.
 * </ol>
 *
 * So the hot row stays locked for two statements and the commit, whatever the member's side
 * costs. Any refusal rolls the whole transaction back, so nothing is half-taken; a shortage found
 * under the lock (only at a sell-out) rolls back the member's writes too.
 */
@Stateless
public class Redemptions {

  public static final int MAX_QUANTITY = 99;
  /** CDK codes are stored on the redemption, one per line. */
  public static final int MAX_CDK_QUANTITY = 10;
  public static final int DEVICE_MAX = 64;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject StockLedger stock;
  @Inject PointsAccounts accounts;
  @Inject LedgerEntries entries;
  @Inject RedemptionLimits limits;
  @Inject Awards awards;
  @Inject RedemptionSettlement settlement;
  @Inject PaymentProvider payments;
  @Inject Event<ListingsChanged> listingsChanged;

  @Inject
  @ConfigProperty(name = "haven.mall.payment-timeout-minutes", defaultValue = "15")
  int paymentTimeoutMinutes;

  public RedemptionView redeem(long productId, long memberId, long listingId, int quantity, String deviceId) {
    long tenantId = tenant.tenantId();
    Instant now = StoredTime.now();
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw new InvalidInput("quantity", "mall.redeem.quantity.invalid", "Quantity must be 1 to " + MAX_QUANTITY);
    }
    String device = deviceId == null || deviceId.isBlank() ? null : deviceId.strip();
    if (device != null && device.length() > DEVICE_MAX) {
      throw new InvalidInput("deviceId", "mall.redeem.device.invalid", "Device id must be at most " + DEVICE_MAX + " characters");
    }

    // 1. everything that needs no lock, from one read
    RedemptionTerms t = RedemptionTerms.read(em, tenantId, listingId, memberId).filter(terms -> terms.productId() == productId)
        .orElseThrow(() -> new NotFound("Listing", listingId));
    if (t.status() != ListingStatus.ONLINE) {
      throw new ListingOffline(listingId);
    }
    if (t.flashSaleNotStarted(now)) {
      throw new FlashSaleNotStarted(t.flashStart());
    }
    if (t.flashSaleEnded(now)) {
      throw new FlashSaleEnded(t.flashEnd());
    }
    if (!t.subInventoryOnline()) {
      throw new ListingOffline(listingId);
    }
    if (now.isBefore(t.effectiveFrom())) {
      throw Expired.notYet(t.effectiveFrom());
    }
    if (!now.isBefore(t.effectiveTo()) || t.goodsExpiredAt(now)) {
      throw Expired.after(t.goodsExpiredAt(now) ? t.goodsExpiresAt() : t.effectiveTo());
    }
    if (t.availableWhenRead() < quantity) {
      throw io.haven.inventory.boundary.OutOfStock.of(t.subInventoryId(), quantity); // sold out already: nothing to write
    }
    if (t.category() == GoodsCategory.CDK && quantity > MAX_CDK_QUANTITY) {
      throw new InvalidInput("quantity", "mall.redeem.quantity.cdk", "At most " + MAX_CDK_QUANTITY + " codes per redemption");
    }
    if (device == null && t.perDevice() != null && !t.perDevice().isUnlimited()) {
      throw new InvalidInput("deviceId", "mall.redeem.device.required", "These goods are limited per device: the device id is required");
    }
    if (!t.isMemberOf(productId)) {
      throw new NotFound("Member", memberId);
    }
    Price.Charge charge;
    try {
      charge = t.price().charge(quantity, t.pointsRate());
    } catch (ArithmeticException tooMuch) {
      throw new InvalidInput("quantity", "mall.redeem.quantity.tooMuch", "That many units cost more than can be paid at once");
    }
    if (charge.points() > PointsLedger.MAX_AMOUNT || charge.cashFen() > Price.MAX_CASH_FEN) {
      throw new InvalidInput("quantity", "mall.redeem.quantity.tooMuch", "That many units cost more than can be paid at once");
    }
    Long pointsTarget =
        awards.pointsTarget(t.category(), t.award(), memberId, productId, t.memberPhone(), t.memberExternalId(), quantity).orElse(null);

    // 2. the member's own rows: account lock(s) in id order, counters, debit, award, the redemption
    PointsAccount account = lockAccounts(memberId, pointsTarget);
    if (account.getBalance() < charge.points()) {
      throw new InsufficientPoints(account.getBalance(), charge.points());
    }
    limits.count(tenantId, t.subInventoryId(), t.perUser(), t.perDevice(), memberId, device, quantity, now, t.zone());
    String orderNumber = OrderNumbers.next(now);
    if (charge.points() > 0) {
      entries.debitLocked(account, charge.points(), PointsSource.MALL_REDEMPTION, orderNumber, "Redeemed " + truncate(t.displayName(), 150));
    }
    Redemption r =
        new Redemption(
            new Redemption.Snapshot(
                productId, orderNumber, memberId, t.memberAccount(), listingId, t.displayName(), t.subInventoryId(), t.goodsId(), t.goodsName(),
                t.category().name(), t.goodsSource().name(), quantity, charge.points(), charge.cashFen(), device),
            now);
    String payUrl = null;
    if (charge.cashFen() > 0) {
      StartedPayment started =
          payments.start(new PaymentRequest(t.appId(), RedemptionSettlement.PURPOSE, orderNumber, charge.cashFen(), t.displayName()));
      r.awaitPayment(started.reference(), now.plus(Duration.ofMinutes(paymentTimeoutMinutes)));
      payUrl = started.payUrl();
    } else {
      awards.give(r, t.category(), t.award(), t.subInventoryId(), pointsTarget);
    }
    RedPacket redPacket;
    try {
      em.persist(r);
      redPacket = awards.recordRedPacket(r, t.award());
      em.flush(); // the account's balance goes out now, not at commit inside the stock lock
    } catch (PersistenceException collision) {
      throw new Busy("The order number");
    }
    if (charge.cashFen() == 0) {
      settlement.completed(r); // observed after the commit only: no need to wait for the lock
    }
    RedemptionView view = RedemptionView.of(r, redPacket, payUrl);
    // Everything is written: nothing is left for the commit's flush to check while the stock row
    // is locked (the view above was taken while the entities were still managed).
    em.clear();

    // 3. the stock row, last: lock (plain values), check, guarded decrement — then the commit
    LockedStock locked = stock.lockStock(t.subInventoryId()).orElseThrow(() -> new NotFound("Sub-inventory", t.subInventoryId()));
    if (locked.version() != t.subInventoryVersion()) {
      // an operator changed the goods' terms since step 1: what was checked and counted may not hold
      throw new Busy("The goods' terms");
    }
    if (!locked.online()) {
      throw new ListingOffline(listingId);
    }
    if (!locked.capAllows(quantity)) {
      throw new LimitReached(LimitReached.Limit.TOTAL, locked.totalCap());
    }
    if (locked.available() < quantity) {
      throw io.haven.inventory.boundary.OutOfStock.of(t.subInventoryId(), quantity);
    }
    stock.take(t.subInventoryId(), quantity);
    if (locked.available() - quantity == 0) {
      listingsChanged.fire(new ListingsChanged(tenantId, productId));
    }
    return view;
  }

  /** The member's account, locked, and the award target's in id order (no deadlock between two). */
  private PointsAccount lockAccounts(long memberId, Long pointsTarget) {
    if (pointsTarget == null || pointsTarget == memberId) {
      return accounts.lock(memberId);
    }
    PointsAccount first = accounts.lock(Math.min(memberId, pointsTarget));
    PointsAccount second = accounts.lock(Math.max(memberId, pointsTarget));
    return first.getMemberId() == memberId ? first : second;
  }

  /** The member gives (or corrects, until shipped) the address of a physical redemption. */
  public RedemptionView giveAddress(long productId, long memberId, long redemptionId, ShippingAddress address) {
    Redemption r = mine(productId, memberId, redemptionId);
    if (!r.is(RedemptionStatus.AWAITING_ADDRESS, RedemptionStatus.AWAITING_SHIPMENT)) {
      throw MallRuleBroken.notWaitingForAddress(r.getStatus().name());
    }
    if (address == null || address.recipient() == null || address.recipient().isBlank() || address.recipient().strip().length() > Redemption.RECIPIENT_MAX) {
      throw new InvalidInput("recipient", "mall.address.recipient.invalid", "Recipient must be 1 to " + Redemption.RECIPIENT_MAX + " characters");
    }
    if (address.phone() == null || !address.phone().strip().matches("\\+?[0-9][0-9 -]{5,18}")) {
      throw new InvalidInput("phone", "mall.address.phone.invalid", "Enter a phone number");
    }
    if (address.address() == null || address.address().isBlank() || address.address().strip().length() > Redemption.ADDRESS_MAX) {
      throw new InvalidInput("address", "mall.address.address.invalid", "Address must be 1 to " + Redemption.ADDRESS_MAX + " characters");
    }
    r.giveAddress(address.recipient().strip(), address.phone().strip(), address.address().strip());
    em.flush();
    return RedemptionView.of(r, null, null);
  }

  /** The member's own redemptions, newest first, with shipping status. */
  public Page<RedemptionView> mine(long productId, long memberId, int first, int size) {
    tenant.tenantId();
    return ListQuery.of(em, Redemption.class, "r")
        .when(productId, "r.productId = :p", "p")
        .when(memberId, "r.memberId = :m", "m")
        .page("r.id desc", first, size, r -> RedemptionView.of(r, redPacketOf(r), payUrlOf(r)));
  }

  /** One of the member's redemptions; another member's (or tenant's) id is not found. */
  public RedemptionView myRedemption(long productId, long memberId, long redemptionId) {
    Redemption r = mine(productId, memberId, redemptionId);
    return RedemptionView.of(r, redPacketOf(r), payUrlOf(r));
  }

  /** Unpaid redemptions past their deadline, across tenants: [tenantId, redemptionId] pairs. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<long[]> unpaidDue(Instant now, int max) {
    return tenant.acrossTenants(
        "system:payment-timeout",
        () ->
            em.createQuery(
                    "select r.tenantId, r.id from Redemption r where r.status = :s and r.payDeadline <= :now order by r.payDeadline",
                    Object[].class)
                .setParameter("s", RedemptionStatus.PENDING_PAYMENT)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(row -> new long[] {(Long) row[0], (Long) row[1]})
                .toList());
  }

  /**
   * Releases one unpaid redemption of the current tenant if it is still unpaid: the provider
   * closes the payment first (under the payment's row lock); only if that call closed it are the
   * stock, points and limits given back. True when this call released it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean releaseUnpaid(long redemptionId) {
    tenant.tenantId();
    Redemption r = em.find(Redemption.class, redemptionId);
    if (r == null || !r.is(RedemptionStatus.PENDING_PAYMENT)) {
      return false;
    }
    if (!payments.cancel(r.getPaymentReference())) {
      return false;
    }
    try {
      em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new Busy("The redemption");
    }
    if (!r.is(RedemptionStatus.PENDING_PAYMENT)) {
      return false;
    }
    settlement.release(r);
    return true;
  }

  private Redemption mine(long productId, long memberId, long redemptionId) {
    tenant.tenantId();
    Redemption r = em.find(Redemption.class, redemptionId);
    if (r == null || r.getProductId() != productId || r.getMemberId() != memberId) {
      throw new NotFound("Redemption", redemptionId);
    }
    return r;
  }

  private RedPacket redPacketOf(Redemption r) {
    if (!"CASH_RED_PACKET".equals(r.getGoodsCategory())) {
      return null;
    }
    return em.createQuery("select p from RedPacket p where p.redemptionId = :r", RedPacket.class)
        .setParameter("r", r.getId())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private String payUrlOf(Redemption r) {
    if (!r.is(RedemptionStatus.PENDING_PAYMENT)) {
      return null;
    }
    Product product = em.find(Product.class, r.getProductId());
    return payments.payUrl(product.getAppId(), r.getPaymentReference());
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
