package io.haven.coupons;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.common.HavenException;
import io.haven.common.TenantContext;
import io.haven.coupons.boundary.AlreadyVerified;
import io.haven.coupons.boundary.ClaimLimitReached;
import io.haven.coupons.boundary.Claims;
import io.haven.coupons.boundary.CouponAtCounter;
import io.haven.coupons.boundary.IssuedCouponView;
import io.haven.coupons.boundary.Verifications;
import io.haven.coupons.entity.ClaimCounter;
import io.haven.coupons.entity.StoreScope;
import io.haven.testing.CouponFixture;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MallFixture;
import io.haven.testing.MemberFixture;
import io.haven.testing.Racer;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Claims and verifications racing each other (issue 14), each outcome checked and the database
 * re-read afterwards:
 *
 * <ul>
 *   <li>ten members each claiming three times at once a coupon of eight with a limit of two per
 *       member: exactly eight issued, nobody above two, the stock row at 0 and equal to the rows;
 *   <li>twenty verifiers' attempts at one code at once: exactly one success, one verification
 *       row, the nineteen others told the store and time of the winner;
 *   <li>a verifier of a store outside the coupon's scope is refused and changes nothing.
 * </ul>
 *
 * How each fails without its lock or guard was checked by hand on H2 and MariaDB (the code changed
 * for one run, then restored):
 *
 * <ul>
 *   <li>the claim's stock row lock and guarded decrement replaced by an unlocked read and an update
 *       writing the value read minus one: 20 coupons issued from a stock of 8 on both databases
 *       (lost updates; the CHECK cannot see them) — the test fails;
 *   <li>the verification's conditional update made unconditional (no {@code status = ISSUED}): the
 *       unique verification row still let only one through, but the 19 losers failed on the key and
 *       could not be told who verified it — the test fails on both databases.
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
class CouponRacesIT {

  static final int MEMBERS = 10;
  static final int TRIES = 3;
  static final int STOCK = 8;
  static final int VERIFIERS = 20;

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("coupon-races");
  }

  @Inject MemberFixture members;
  @Inject MallFixture mall;
  @Inject CouponFixture fixture;
  @Inject Claims claims;
  @Inject Verifications verifications;
  @Inject TenantContext context;
  @Inject Racer racer;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction transaction;

  @Test
  void parallelClaimsIssueExactlyTheStockAndNobodyPassesTheLimit() throws Exception {
    var store = members.storefront("Claim Race Co");
    var coupon = fixture.coupon(store, CouponFixture.promotion("Race coupon", STOCK, 2, -1, StoreScope.ALL, List.of()));
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < MEMBERS; i++) {
      people.add(mall.member(store, 0));
    }

    List<Object> outcomes =
        racer.race(MEMBERS * TRIES, store.tenantId(), i -> () -> claims.claim(store.productId(), coupon.id(), people.get(i % MEMBERS), null));

    assertThat(racer.peak()).as("claims in flight at once").isGreaterThan(1);
    List<IssuedCouponView> issued = outcomes.stream().filter(IssuedCouponView.class::isInstance).map(IssuedCouponView.class::cast).toList();
    assertThat(issued).as("exactly the stock issued").hasSize(STOCK);
    assertThat(outcomes).filteredOn(o -> !(o instanceof IssuedCouponView))
        .as("the rest refused by a rule (limit, all claimed, busy), never an error")
        .allMatch(o -> o instanceof ClaimLimitReached l && l.limit() == ClaimCounter.Kind.MEMBER
            || o instanceof HavenException e && ("coupon.claim.outOfStock".equals(e.code()) || "coupon.busy".equals(e.code())));
    assertThat(issued.stream().map(IssuedCouponView::code).distinct()).as("each code its own").hasSize(STOCK);

    Map<Long, Long> perMember = rows("select i.memberId from IssuedCoupon i where i.couponId = " + coupon.id()).stream()
        .collect(Collectors.groupingBy(m -> ((Number) m).longValue(), Collectors.counting()));
    assertThat(perMember.values()).as("nobody above two").allMatch(n -> n <= 2);
    assertThat(perMember.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(STOCK);
    assertThat(count("select s.remaining from CouponStock s where s.couponId = " + coupon.id())).isZero();
    assertThat(count("select coalesce(sum(c.used), 0) from ClaimCounter c where c.couponId = " + coupon.id()))
        .as("the counters agree with the rows").isEqualTo(STOCK);
  }

  @Test
  void parallelVerificationsOfOneCodeSucceedOnceAndTheOthersAreToldWho() throws Exception {
    var store = members.storefront("Verify Race Co");
    var shop = fixture.store("Counter");
    var verifier = fixture.verifier(shop);
    var coupon = fixture.coupon(store, CouponFixture.promotion("Verify coupon", 5, -1, -1, StoreScope.CHOSEN, List.of(shop.id())));
    long member = mall.member(store, 0);
    String code = claims.claim(store.productId(), coupon.id(), member, null).code();
    long tenant = store.tenantId();

    List<Object> outcomes = racer.race(VERIFIERS, tenant, i -> () -> {
      context.enterTenant(tenant, verifier.username()); // the verifier at the counter
      return verifications.verify(i % 2 == 0 ? code : code.toLowerCase().substring(0, 4) + " " + code.substring(4));
    });

    assertThat(racer.peak()).isGreaterThan(1);
    List<CouponAtCounter> won = outcomes.stream().filter(CouponAtCounter.class::isInstance).map(CouponAtCounter.class::cast).toList();
    assertThat(won).as("exactly one success").hasSize(1);
    assertThat(won.get(0).verified()).isTrue();
    assertThat(won.get(0).verifiedAtStore()).isEqualTo(shop.name());
    assertThat(outcomes).filteredOn(o -> !(o instanceof CouponAtCounter)).as("the losers are told where and when").hasSize(VERIFIERS - 1)
        .allMatch(o -> o instanceof AlreadyVerified a && shop.name().equals(a.storeName()) && Math.abs(java.time.Duration.between(won.get(0).verifiedAt(), a.verifiedAt()).toMillis()) < 1000);
    assertThat(count("select count(v) from CouponVerification v where v.couponId = " + coupon.id())).isEqualTo(1);
    assertThat(rows("select i.status from IssuedCoupon i where i.code = '" + code + "'")).containsExactly(io.haven.coupons.entity.IssuedStatus.VERIFIED);
  }

  @Test
  void aVerifierOfAStoreOutOfScopeIsRefusedAndNothingChanges() throws Exception {
    var store = members.storefront("Scope Co");
    var chosen = fixture.store("Chosen");
    var other = fixture.store("Other");
    var stranger = fixture.verifier(other);
    var coupon = fixture.coupon(store, CouponFixture.promotion("Scoped coupon", 5, -1, -1, StoreScope.CHOSEN, List.of(chosen.id())));
    String code = claims.claim(store.productId(), coupon.id(), mall.member(store, 0), null).code();

    context.enterTenant(store.tenantId(), stranger.username());
    Object refused;
    try {
      verifications.verify(code);
      refused = null;
    } catch (HavenException e) {
      refused = e;
    }
    assertThat(refused).isInstanceOf(HavenException.class).matches(e -> "coupon.verify.wrongStore".equals(((HavenException) e).code()));
    assertThat(count("select count(v) from CouponVerification v where v.couponId = " + coupon.id())).isZero();
    assertThat(rows("select i.status from IssuedCoupon i where i.code = '" + code + "'")).containsExactly(io.haven.coupons.entity.IssuedStatus.ISSUED);

    var right = fixture.verifier(chosen);
    context.enterTenant(store.tenantId(), right.username());
    assertThat(verifications.verify(code).verifiedAtStore()).isEqualTo(chosen.name());
  }

  private long count(String jpql) throws Exception {
    transaction.begin();
    try {
      return ((Number) em.createQuery(jpql).getSingleResult()).longValue();
    } finally {
      transaction.rollback();
    }
  }

  @SuppressWarnings("unchecked")
  private List<Object> rows(String jpql) throws Exception {
    transaction.begin();
    try {
      return em.createQuery(jpql).getResultList();
    } finally {
      transaction.rollback();
    }
  }
}
