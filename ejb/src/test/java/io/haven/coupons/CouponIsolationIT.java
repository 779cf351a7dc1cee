package io.haven.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.HavenException;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.coupons.boundary.Claims;
import io.haven.coupons.boundary.Coupons;
import io.haven.coupons.boundary.SettlementRecords;
import io.haven.coupons.boundary.Stores;
import io.haven.coupons.boundary.Verifications;
import io.haven.coupons.boundary.Verifiers;
import io.haven.coupons.entity.CouponImageKind;
import io.haven.coupons.entity.StoreScope;
import io.haven.testing.CouponFixture;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MallFixture;
import io.haven.testing.MemberFixture;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * T6 for coupons: tenant B finds none of tenant A's stores, verifiers, coupons, codes or
 * settlement records — by id, in lists, and at the counter (B's verifier typing A's code gets "not
 * found", and A's coupon stays unused). Plus the rules an operator can break (C1, C3) and the
 * OWN_LOGIN refusal (T4).
 */
@ExtendWith(ArquillianExtension.class)
class CouponIsolationIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("coupon-isolation");
  }

  @Inject MemberFixture members;
  @Inject MallFixture mall;
  @Inject CouponFixture fixture;
  @Inject TenantContext context;
  @Inject Stores stores;
  @Inject Verifiers verifiers;
  @Inject Coupons coupons;
  @Inject Claims claims;
  @Inject Verifications verifications;
  @Inject SettlementRecords records;
  @Inject io.haven.testing.Tenants tenants;
  @Inject io.haven.tenancy.boundary.Products products;
  @Inject io.haven.tenancy.boundary.CurrentEnterprise enterprise;

  @Test
  void anotherTenantSeesNothingAndCannotVerify() {
    var a = members.storefront("Alpha Coupons");
    var shopA = fixture.store("Alpha shop");
    var verifierA = fixture.verifier(shopA);
    var couponA = fixture.coupon(a, CouponFixture.promotion("Alpha coupon", 5, -1, -1, StoreScope.ALL, List.of()));
    long memberA = mall.member(a, 0);
    var issuedA = claims.claim(a.productId(), couponA.id(), memberA, null);
    context.enterTenant(a.tenantId(), verifierA.username());
    String verified = claims.claim(a.productId(), couponA.id(), memberA, null).code();
    verifications.verify(verified);

    var b = members.storefront("Beta Coupons");
    var shopB = fixture.store("Beta shop");
    var verifierB = fixture.verifier(shopB);
    var couponB = fixture.coupon(b, CouponFixture.promotion("Beta coupon", 5, -1, -1, StoreScope.ALL, List.of()));

    assertThatThrownBy(() -> stores.get(shopA.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> stores.edit(shopA.id(), "Stolen", null, null, null)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> stores.delete(shopA.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> stores.imageOf(shopA.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> verifiers.ofStore(shopA.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> verifiers.add(shopA.id(), "intruder-" + System.nanoTime(), "Intruder", "Test-Pass-123")).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> verifiers.delete(verifierA.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> coupons.get(couponA.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> coupons.imageOf(couponA.id(), CouponImageKind.COVER)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> coupons.create(b.productId(), CouponFixture.promotion("Scoped at A", 1, -1, -1, StoreScope.CHOSEN, List.of(shopA.id()))))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> coupons.create(a.productId(), CouponFixture.promotion("At A's product", 1, -1, -1, StoreScope.ALL, List.of())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> claims.claim(a.productId(), couponA.id(), memberA, null)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> claims.claim(b.productId(), couponA.id(), mall.member(b, 0), null)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> claims.one(a.productId(), memberA, issuedA.id())).isInstanceOf(NotFound.class);
    assertThat(claims.mine(a.productId(), memberA, 50)).isEmpty();
    assertThat(stores.list(null, 0, 50).items()).extracting(s -> s.id()).containsExactly(shopB.id());
    assertThat(coupons.list(null, null, null, 0, 50).items()).extracting(c -> c.id()).containsExactly(couponB.id());
    assertThat(records.list(null, null, null, 0, 50).items()).isEmpty();

    // B's verifier at the counter with A's codes: not found, and A's coupon is untouched
    context.enterTenant(b.tenantId(), verifierB.username());
    assertThatThrownBy(() -> verifications.look(issuedA.code())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> verifications.verify(issuedA.code())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> verifications.verify(verified)).isInstanceOf(NotFound.class);
    // A's verifier signed in while B's tenant is set (a forged session) is no verifier here
    context.enterTenant(b.tenantId(), verifierA.username());
    assertThatThrownBy(() -> verifications.verify(issuedA.code())).isInstanceOf(HavenException.class)
        .matches(e -> "coupon.verify.notVerifier".equals(((HavenException) e).code()));

    context.enterTenant(a.tenantId(), verifierA.username());
    assertThat(verifications.look(issuedA.code()).verified()).as("A's coupon is still unused").isFalse();
    assertThat(records.list(null, null, null, 0, 50).items()).hasSize(1);
  }

  @Test
  void operatorsMistakesGetAClearMessageOnTheirField() {
    var a = members.storefront("Rules Co");
    assertField(() -> stores.add("No image", null, null, null), "image", "coupon.store.image.required");
    assertField(() -> stores.add("Not an image", null, null, "plain text".getBytes()), "image", null);
    assertField(() -> stores.add(" ", null, null, CouponFixture.png()), "name", "coupon.store.name.invalid");
    var shop = fixture.store("Twice");
    assertField(() -> stores.add(shop.name(), null, null, CouponFixture.png()), "name", "coupon.store.duplicate");
    var discount = new io.haven.coupons.boundary.CouponDraft("Bad discount", io.haven.coupons.entity.CouponType.DISCOUNT, null, null, 100, null,
        1, StoreScope.ALL, List.of(), io.haven.coupons.entity.ClaimMethod.PROMOTION_PAGE, -1, -1, null, null, 3);
    assertField(() -> coupons.create(a.productId(), discount), "discountPercent", "coupon.discount.invalid");
    var threshold = new io.haven.coupons.boundary.CouponDraft("Bad threshold", io.haven.coupons.entity.CouponType.AMOUNT_OFF, 400L, 500L, null,
        null, 1, StoreScope.ALL, List.of(), io.haven.coupons.entity.ClaimMethod.PROMOTION_PAGE, -1, -1, null, null, 3);
    assertField(() -> coupons.create(a.productId(), threshold), "thresholdFen", "coupon.threshold.belowAmount");

    var coupon = fixture.coupon(a, CouponFixture.promotion("In use", 3, -1, -1, StoreScope.CHOSEN, List.of(shop.id())));
    assertThatThrownBy(() -> stores.delete(shop.id())).isInstanceOf(HavenException.class)
        .matches(e -> "coupon.store.inScope".equals(((HavenException) e).code()));
    var verifier = fixture.verifier(fixture.store("Staffed"));
    assertThat(verifier.storeId()).isPositive();
    assertThat(coupon.remaining()).isEqualTo(3);
  }

  @Test
  void unknownCodesAreThrottledPerVerifier() {
    var store = members.storefront("Brute Force Co");
    var shop = fixture.store("Guarded");
    var guesser = fixture.verifier(shop);
    var honest = fixture.verifier(shop);
    var coupon = fixture.coupon(store, CouponFixture.promotion("Guarded coupon", 5, -1, -1, StoreScope.ALL, List.of()));
    String code = claims.claim(store.productId(), coupon.id(), mall.member(store, 0), null).code();

    context.enterTenant(store.tenantId(), guesser.username());
    for (int i = 0; i < io.haven.coupons.boundary.CounterLookups.MAX_FAILURES; i++) {
      String guess = io.haven.coupons.control.CouponCodes.next();
      assertThatThrownBy(() -> verifications.look(guess)).isInstanceOf(NotFound.class);
    }
    assertThatThrownBy(() -> verifications.look(code)).as("even a right code waits").isInstanceOf(io.haven.coupons.boundary.LookupsThrottled.class)
        .matches(e -> ((HavenException) e).retryAfterSeconds() > 0);

    context.enterTenant(store.tenantId(), honest.username());
    assertThat(verifications.verify(code).verified()).as("another verifier is not held up").isTrue();
  }

  @Test
  void ownLoginEnterprisesCannotUseCouponsAndAreToldWhy() {
    long tenant = tenants.open("Own Login Co");
    tenants.actAs(tenant);
    var product = products.add("Own App", 10);
    enterprise.confirmLoginScheme(io.haven.tenancy.entity.LoginScheme.OWN_LOGIN, "https://own.example.com/check");
    assertThat(coupons.unavailableReason()).isEqualTo("coupon.unavailable.ownLogin");
    assertThatThrownBy(() -> coupons.create(product.id(), CouponFixture.promotion("Refused", 1, -1, -1, StoreScope.ALL, List.of())))
        .isInstanceOf(HavenException.class).matches(e -> "coupon.unavailable.ownLogin".equals(((HavenException) e).code()));
  }

  private static void assertField(Runnable call, String field, String code) {
    assertThatThrownBy(call::run).isInstanceOf(HavenException.class).matches(e -> field.equals(((HavenException) e).field())
        && (code == null || code.equals(((HavenException) e).code())), field + " / " + code);
  }
}
