package io.haven.mall.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.inventory.control.StockLedger;
import io.haven.inventory.entity.Goods;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.SubInventory;
import io.haven.mall.control.Awards;
import io.haven.mall.control.PaymentProvider;
import io.haven.mall.control.PaymentProvider.PaymentRequest;
import io.haven.mall.control.PaymentProvider.StartedPayment;
import io.haven.mall.control.RedemptionLimits;
import io.haven.mall.control.RedemptionSettlement;
import io.haven.mall.entity.Listing;
import io.haven.mall.entity.ListingsChanged;
import io.haven.mall.entity.Price;
import io.haven.mall.entity.RedPacket;
import io.haven.mall.entity.Redemption;
import io.haven.mall.entity.RedemptionStatus;
import io.haven.members.entity.Member;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.boundary.PointsRuleBroken;
import io.haven.points.control.PointsAccounts;
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
 * and locks asks for:
 *
 * <ol>
 *   <li>without any lock: the listing (online, flash-sale window), the sub-inventory (online,
 *       effective time, goods not expired), the member, the price, a first balance check and the
 *       award's target — every refusal that needs no lock happens here;
 *   <li>the stock row lock ({@link StockLedger#lockForRedemption}, answering "busy" after its
 *       timeout); total cap and availability; the per-user/per-device counters (guarded rows);
 *   <li>the points account lock (through the ledger's debit — always after the stock), the
 *       guarded stock decrement, the debit (source MALL_REDEMPTION, reference = order number),
 *       the redemption row, then either the payment (cash part: PENDING_PAYMENT until paid or
 *       timed out) or the award.
 * </ol>
 *
 * After the stock lock there are only these writes and the commit: the lock is held for a few
 * statements. Any refusal rolls the whole transaction back, so nothing is half-taken.
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
  @Inject PointsLedger ledger;
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

    // 1. everything that needs no lock
    Product product = em.find(Product.class, productId);
    Listing listing = em.find(Listing.class, listingId);
    if (product == null || listing == null || listing.getProductId() != productId) {
      throw new NotFound("Listing", listingId);
    }
    if (!listing.isOnline()) {
      throw new ListingOffline(listingId);
    }
    if (listing.flashSaleNotStarted(now)) {
      throw new FlashSaleNotStarted(listing.getFlashStart());
    }
    if (listing.flashSaleEnded(now)) {
      throw new FlashSaleEnded(listing.getFlashEnd());
    }
    SubInventory sub = em.find(SubInventory.class, listing.getSubInventoryId());
    if (sub == null || !sub.isOnline()) {
      throw new ListingOffline(listingId);
    }
    if (now.isBefore(sub.getEffectiveFrom())) {
      throw Expired.notYet(sub.getEffectiveFrom());
    }
    Goods goods = em.find(Goods.class, sub.getGoodsId());
    if (!now.isBefore(sub.getEffectiveTo()) || goods.isExpiredAt(now)) {
      throw Expired.after(goods.isExpiredAt(now) ? goods.getExpiresAt() : sub.getEffectiveTo());
    }
    if (sub.getCategory() == GoodsCategory.CDK && quantity > MAX_CDK_QUANTITY) {
      throw new InvalidInput("quantity", "mall.redeem.quantity.cdk", "At most " + MAX_CDK_QUANTITY + " codes per redemption");
    }
    if (device == null && sub.getPerDevice() != null && !sub.getPerDevice().isUnlimited()) {
      throw new InvalidInput("deviceId", "mall.redeem.device.required", "These goods are limited per device: the device id is required");
    }
    Member member = em.find(Member.class, memberId);
    if (member == null || member.getProductId() != productId) {
      throw new NotFound("Member", memberId);
    }
    Price.Charge charge;
    try {
      charge = listing.price().charge(quantity, product.getPointsRate());
    } catch (ArithmeticException tooMuch) {
      throw new InvalidInput("quantity", "mall.redeem.quantity.tooMuch", "That many units cost more than can be paid at once");
    }
    if (charge.points() > PointsLedger.MAX_AMOUNT || charge.cashFen() > Price.MAX_CASH_FEN) {
      throw new InvalidInput("quantity", "mall.redeem.quantity.tooMuch", "That many units cost more than can be paid at once");
    }
    long balance = accounts.read(memberId).getBalance();
    if (balance < charge.points()) {
      throw new InsufficientPoints(balance, charge.points());
    }
    Long pointsTarget = awards.pointsTarget(sub, member, quantity).orElse(null);
    var zone = settlement.zone();

    // 2. the stock row lock, then the checks that need it. The unlocked copy is let go first, so
    // that the locking read loads the row as it is now (a managed copy would keep old counts).
    em.detach(sub);
    SubInventory locked = stock.lockForRedemption(sub.getId());
    if (!locked.isOnline()) {
      throw new ListingOffline(listingId);
    }
    if (!locked.capAllows(quantity)) {
      throw new LimitReached(LimitReached.Limit.TOTAL, locked.getTotalCap());
    }
    if (locked.getAvailable() < quantity) {
      throw io.haven.inventory.boundary.OutOfStock.of(sub.getId(), quantity);
    }
    limits.count(tenantId, locked, memberId, device, quantity, now, zone);

    // 3. the account lock (stock first, then accounts in id order), the writes
    if (pointsTarget != null && pointsTarget != memberId) {
      accounts.lock(Math.min(memberId, pointsTarget));
      accounts.lock(Math.max(memberId, pointsTarget));
    }
    stock.take(sub.getId(), quantity);
    String orderNumber = io.haven.mall.control.OrderNumbers.next(now);
    if (charge.points() > 0) {
      try {
        ledger.debit(memberId, charge.points(), PointsSource.MALL_REDEMPTION, orderNumber, "Redeemed " + truncate(listing.getDisplayName(), 150));
      } catch (PointsRuleBroken e) {
        if ("points.insufficient".equals(e.code())) {
          throw new InsufficientPoints(accounts.read(memberId).getBalance(), charge.points());
        }
        throw e;
      }
    }
    Redemption r =
        new Redemption(
            new Redemption.Snapshot(
                productId, orderNumber, memberId, account(member), listingId, sub.getId(), goods.getId(), goods.getName(),
                sub.getCategory().name(), goods.getSource().name(), quantity, charge.points(), charge.cashFen(), device),
            now);
    try {
      em.persist(r);
      em.flush();
    } catch (PersistenceException collision) {
      throw new Busy("The order number");
    }
    String payUrl = null;
    if (charge.cashFen() > 0) {
      StartedPayment started =
          payments.start(new PaymentRequest(product.getAppId(), RedemptionSettlement.PURPOSE, orderNumber, charge.cashFen(), listing.getDisplayName()));
      r.awaitPayment(started.reference(), now.plus(Duration.ofMinutes(paymentTimeoutMinutes)));
      payUrl = started.payUrl();
    } else {
      settlement.complete(r, locked, pointsTarget);
    }
    if (locked.getAvailable() - quantity == 0) {
      listingsChanged.fire(new ListingsChanged(tenantId, productId));
    }
    return RedemptionView.of(r, redPacketOf(r), payUrl);
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

  static String account(Member m) {
    return m.getPhone() != null ? m.getPhone() : m.getExternalId() != null ? m.getExternalId() : String.valueOf(m.getId());
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
