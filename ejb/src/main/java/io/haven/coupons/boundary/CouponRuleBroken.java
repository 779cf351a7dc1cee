package io.haven.coupons.boundary;

import io.haven.common.HavenException;
import java.time.Instant;

/** Rules of coupons, stores and verification (C1–C4, T4). */
public class CouponRuleBroken extends HavenException {

  private CouponRuleBroken(Kind kind, String code, String field, String message) {
    super(kind, code, field, message);
  }

  public static CouponRuleBroken unavailable() {
    return new CouponRuleBroken(Kind.FORBIDDEN, "coupon.unavailable.ownLogin", null,
        "Self-made coupons are unavailable: the enterprise signs members in with its own accounts (OWN_LOGIN)");
  }

  public static CouponRuleBroken loginSchemeNotConfirmed() {
    return new CouponRuleBroken(Kind.CONFLICT, "coupon.unavailable.noLoginScheme", null,
        "Confirm the login scheme first: self-made coupons depend on it");
  }

  public static CouponRuleBroken outOfStock() {
    return new CouponRuleBroken(Kind.CONFLICT, "coupon.claim.outOfStock", null, "All of this coupon has been claimed");
  }

  public static CouponRuleBroken notOnPromotionPage() {
    return new CouponRuleBroken(Kind.CONFLICT, "coupon.claim.notPromotion", null, "This coupon is not claimed on a promotion page");
  }

  public static CouponRuleBroken claimEnded(Instant until) {
    return new CouponRuleBroken(Kind.CONFLICT, "coupon.claim.ended", null, "This coupon's validity ended on " + until);
  }

  public static CouponRuleBroken notAVerifier() {
    return new CouponRuleBroken(Kind.FORBIDDEN, "coupon.verify.notVerifier", null, "Only a verifier bound to a store can verify coupons");
  }

  public static CouponRuleBroken wrongStore() {
    return new CouponRuleBroken(Kind.FORBIDDEN, "coupon.verify.wrongStore", null, "This coupon cannot be used at your store");
  }

  public static CouponRuleBroken notYetValid(Instant from) {
    return new CouponRuleBroken(Kind.CONFLICT, "coupon.verify.notYetValid", null, "This coupon is valid from " + from);
  }

  public static CouponRuleBroken expired(Instant until) {
    return new CouponRuleBroken(Kind.CONFLICT, "coupon.verify.expired", null, "This coupon expired on " + until);
  }

  public static CouponRuleBroken storeInUse(long verifiers, long verifications) {
    return new CouponRuleBroken(Kind.CONFLICT, "coupon.store.inUse", null,
        "The store has " + verifiers + " verifiers and " + verifications + " verifications; remove its verifiers first (verified stores are kept for settlement)");
  }

  public static CouponRuleBroken storeInScope(long coupons) {
    return new CouponRuleBroken(Kind.CONFLICT, "coupon.store.inScope", null, "The store is chosen by " + coupons + " coupons; take it out of them first");
  }

  public static CouponRuleBroken duplicateStore(String name) {
    return new CouponRuleBroken(Kind.CONFLICT, "coupon.store.duplicate", "name", "A store named " + name + " exists already");
  }

  public static CouponRuleBroken typeFixed() {
    return new CouponRuleBroken(Kind.CONFLICT, "coupon.typeFixed", "type", "The type and claim method cannot change once coupons were claimed");
  }
}
