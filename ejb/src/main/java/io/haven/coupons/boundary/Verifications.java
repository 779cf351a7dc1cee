package io.haven.coupons.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.common.TenantNamedStatement;
import io.haven.coupons.control.CouponCodes;
import io.haven.coupons.control.CounterVerifier;
import io.haven.coupons.control.CounterVerifier.AtCounter;
import io.haven.coupons.entity.Coupon;
import io.haven.coupons.entity.CouponVerification;
import io.haven.coupons.entity.IssuedCoupon;
import io.haven.coupons.entity.IssuedStatus;
import io.haven.coupons.entity.StoreScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.time.Instant;

/**
 * A verifier verifies a coupon at the counter (C4): once, ever. In order:
 *
 * <ol>
 *   <li>the signed-in user is an enabled verifier bound to a store of this tenant ({@link
 *       CounterVerifier}); the code is found in this tenant (another tenant's code is not found);
 *   <li>the coupon can be used at the verifier's store (scope ALL, or the store chosen) — a wrong
 *       store is refused and nothing changes; the coupon is within its validity;
 *   <li>one conditional update, ISSUED → VERIFIED where still ISSUED: exactly one row changed is
 *       the win. Parallel attempts queue on the row; the losers find 0 rows changed and are told
 *       who verified it ({@link AlreadyVerified}, read committed from the winner's row);
 *   <li>the verification row (settlement record), unique per issued coupon: a second line behind
 *       the update, so even a path that skipped it cannot verify twice.
 * </ol>
 */
@Stateless
public class Verifications {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject CounterVerifier verifiers;
  @Inject CounterLookups lookups;

  /** What a typed or scanned code is, for the verifier to confirm; nothing changes. */
  public CouponAtCounter look(String typedCode) {
    AtCounter at = verifiers.require();
    IssuedCoupon issued = issued(typedCode, at);
    Coupon coupon = em.find(Coupon.class, issued.getCouponId());
    requireScope(coupon, at);
    return view(issued, coupon, verification(issued.getId()));
  }

  public CouponAtCounter verify(String typedCode) {
    long tenantId = tenant.tenantId();
    AtCounter at = verifiers.require();
    IssuedCoupon issued = issued(typedCode, at);
    Coupon coupon = em.find(Coupon.class, issued.getCouponId());
    requireScope(coupon, at);
    if (issued.getStatus() == IssuedStatus.VERIFIED) {
      throw told(issued.getId());
    }
    Instant now = StoredTime.now();
    if (now.isBefore(issued.getValidFrom())) {
      throw CouponRuleBroken.notYetValid(issued.getValidFrom());
    }
    if (!now.isBefore(issued.getValidUntil())) {
      throw CouponRuleBroken.expired(issued.getValidUntil());
    }

    int changed;
    try {
      changed =
        TenantNamedStatement.run(
            em,
            () ->
                em.createQuery(
                        "update IssuedCoupon i set i.status = :verified, i.verifiedAt = :now, i.version = i.version + 1"
                            + " where i.id = :id and i.tenantId = :t and i.status = :issued")
                    .setParameter("verified", IssuedStatus.VERIFIED)
                    .setParameter("issued", IssuedStatus.ISSUED)
                    .setParameter("now", now)
                    .setParameter("id", issued.getId())
                    .setParameter("t", tenantId)
                    .executeUpdate());
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new CouponBusy("The coupon");
    }
    if (changed != 1) {
      throw told(issued.getId());
    }
    CouponVerification verification =
        new CouponVerification(issued, orderNumber(now, issued), coupon, at.store(), at.userId(), at.username(), now);
    try {
      em.persist(verification);
      em.flush();
    } catch (PersistenceException twice) {
      throw new AlreadyVerified(null, null);
    }
    return view(issued, coupon, verification);
  }

  /** The refusal of a second attempt, naming the store and time of the first (committed) one. */
  private AlreadyVerified told(long issuedId) {
    CouponVerification first = verification(issuedId);
    return first == null ? new AlreadyVerified(null, null) : new AlreadyVerified(first.getStoreName(), first.getVerifiedAt());
  }

  private CouponVerification verification(long issuedId) {
    return em.createQuery("select v from CouponVerification v where v.issuedCouponId = :i", CouponVerification.class)
        .setParameter("i", issuedId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The issued coupon of a code; an unknown code counts against the verifier's look-ups (brute force). */
  private IssuedCoupon issued(String typedCode, AtCounter at) {
    lookups.requireAllowed(at.userId());
    String code = CouponCodes.normalised(typedCode);
    if (code == null) {
      throw new InvalidInput("code", "coupon.verify.code.invalid", "A coupon code is " + CouponCodes.LENGTH + " letters and digits");
    }
    IssuedCoupon issued = em.createQuery("select i from IssuedCoupon i where i.code = :code", IssuedCoupon.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
    if (issued == null) {
      lookups.failed(at.userId());
      throw new NotFound("Coupon code", code);
    }
    return issued;
  }

  private void requireScope(Coupon coupon, AtCounter at) {
    if (coupon.getScope() == StoreScope.ALL) {
      return;
    }
    long chosen = em.createQuery("select count(s) from CouponStore s where s.couponId = :c and s.storeId = :s", Long.class)
        .setParameter("c", coupon.getId())
        .setParameter("s", at.store().getId())
        .getSingleResult();
    if (chosen == 0) {
      throw CouponRuleBroken.wrongStore();
    }
  }

  /** The settlement order number: the day and the issued coupon's id, unique per tenant. */
  private static String orderNumber(Instant now, IssuedCoupon issued) {
    return "CV" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd").withZone(java.time.ZoneOffset.UTC).format(now) + issued.getId();
  }

  private static CouponAtCounter view(IssuedCoupon i, Coupon c, CouponVerification v) {
    return new CouponAtCounter(i.getCode(), c.getId(), c.getName(), c.getType(), c.getThresholdFen(), c.getAmountFen(), c.getDiscountPercent(),
        i.getValidFrom(), i.getValidUntil(), v != null, v == null ? null : v.getStoreName(), v == null ? null : v.getVerifiedAt(),
        v == null ? null : v.getOrderNumber());
  }
}
