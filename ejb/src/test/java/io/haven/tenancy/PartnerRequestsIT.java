package io.haven.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.TenantContext;
import io.haven.points.boundary.LedgerEntryView;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.boundary.PointsRuleBroken;
import io.haven.points.entity.PointsSource;
import io.haven.tenancy.boundary.PartnerRequestRefused;
import io.haven.tenancy.boundary.PartnerRequests;
import io.haven.tenancy.boundary.RecordedAnswer;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MemberFixture;
import io.haven.testing.Tenants;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * V5 exactly-once partner requests: claiming a key in its own transaction and recording the answer
 * in the business transaction means one effect per key, however many retries race.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerRequestsIT {

  private static final String FINGERPRINT = "a".repeat(64);

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("partner-requests");
  }

  @Inject MemberFixture fixture;
  @Inject Tenants tenants;
  @Inject TenantContext context;
  @Inject PartnerRequests requests;
  @Inject PointsLedger ledger;
  @Inject Instance<TenantContext> contexts;
  @Inject Instance<PartnerRequests> partnerRequests;
  @Inject Instance<PointsLedger> ledgers;
  @Inject RequestContextController requestContext;
  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:jboss/datasources/HavenDS")
  DataSource dataSource;

  /**
   * 50 identical requests under one key at once: exactly one credit; every other request is told
   * the key is in flight or gets the first answer replayed. Without the claim's own committed
   * transaction they would all run the credit.
   */
  @Test
  void fiftyRacingRetriesCreditOnce() throws Exception {
    var store = fixture.storefront("Idempotent Co");
    long member = fixture.member(store).id();
    long tenantId = context.tenantId();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      futures.add(executor.submit(() -> {
        requestContext.activate();
        try {
          contexts.get().enterTenant(tenantId, "racer");
          start.await(10, TimeUnit.SECONDS);
          PartnerRequests racing = partnerRequests.get();
          Optional<RecordedAnswer> replay = racing.claim("credit-1", FINGERPRINT);
          if (replay.isPresent()) {
            return replay.get();
          }
          return racing.answerOnce("credit-1", () -> credited(ledgers.get().credit(member, 7, PointsSource.API, null, "Race")));
        } catch (RuntimeException e) {
          return e;
        } finally {
          requestContext.deactivate();
        }
      }));
    }
    start.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> f : futures) {
      outcomes.add(f.get(60, TimeUnit.SECONDS));
    }
    assertThat(outcomes)
        .allMatch(o -> o instanceof RecordedAnswer || o instanceof PartnerRequestRefused p && p.code().equals("request.inFlight"));
    List<RecordedAnswer> answers = outcomes.stream().filter(RecordedAnswer.class::isInstance).map(RecordedAnswer.class::cast).toList();
    assertThat(answers).isNotEmpty().allMatch(a -> a.equals(answers.get(0)));
    assertThat(ledger.balance(member)).isEqualTo(7);
    assertThat(ledger.history(member, 0, 100).total()).isEqualTo(1);
    // after the race, a retry gets the first answer
    assertThat(requests.claim("credit-1", FINGERPRINT)).contains(answers.get(0));
    assertLedgerMatchesBalances(tenantId);
  }

  @Test
  void aFailedCallReleasesTheKeyAndARefusalIsKept() {
    var store = fixture.storefront("Retry Later Co");
    long member = fixture.member(store).id();
    // the business call fails unexpectedly: nothing is recorded, the caller releases the key
    assertThat(requests.claim("k-1", FINGERPRINT)).isEmpty();
    assertThatThrownBy(() -> requests.answerOnce("k-1", () -> {
      ledger.credit(member, 5, PointsSource.API, null, "Rolled back");
      throw new IllegalStateException("boom");
    })).isNotNull();
    assertThatThrownBy(() -> requests.claim("k-1", FINGERPRINT)).isInstanceOf(PartnerRequestRefused.class);
    requests.release("k-1");
    assertThat(ledger.balance(member)).isZero();
    // so the retry runs
    assertThat(requests.claim("k-1", FINGERPRINT)).isEmpty();
    requests.answerOnce("k-1", () -> credited(ledger.credit(member, 5, PointsSource.API, null, "Retried")));
    assertThat(ledger.balance(member)).isEqualTo(5);

    // a broken rule is the answer, and stays it
    assertThat(requests.claim("k-2", FINGERPRINT)).isEmpty();
    assertThatThrownBy(() -> requests.answerOnce("k-2", () -> credited(ledger.debit(member, 50, PointsSource.API, null, "Too much"))))
        .isInstanceOf(PointsRuleBroken.class);
    RecordedAnswer refusal = new RecordedAnswer(409, "application/problem+json", null, "{\"status\":409}");
    requests.recordRefusal("k-2", refusal);
    assertThat(requests.claim("k-2", FINGERPRINT)).contains(refusal);

    // the same key with another request is refused
    assertThatThrownBy(() -> requests.claim("k-2", "b".repeat(64)))
        .isInstanceOf(PartnerRequestRefused.class)
        .extracting(e -> ((PartnerRequestRefused) e).code())
        .isEqualTo("request.keyReused");
  }

  @Test
  void keysBelongToOneTenant() {
    fixture.storefront("Key Owner Co");
    assertThat(requests.claim("shared-key", FINGERPRINT)).isEmpty();
    requests.recordRefusal("shared-key", new RecordedAnswer(400, "application/problem+json", null, "{}"));
    tenants.actAs(tenants.open("Key Neighbour Co"));
    assertThat(requests.claim("shared-key", "c".repeat(64))).isEmpty();
  }

  /**
   * A claim the server never finished (it stopped mid-request) does not block the key for two
   * days: after ten minutes a retry of the same request takes it over, another request does not.
   * Keys older than 48 hours are forgotten.
   */
  @Test
  void anAbandonedClaimIsTakenOverAndOldKeysAreForgotten() throws Exception {
    fixture.storefront("Abandoned Co");
    long tenantId = context.tenantId();
    assertThat(requests.claim("abandoned", FINGERPRINT)).isEmpty();
    assertThatThrownBy(() -> requests.claim("abandoned", FINGERPRINT)).isInstanceOf(PartnerRequestRefused.class);
    age(tenantId, "abandoned", 11 * 60);
    assertThatThrownBy(() -> requests.claim("abandoned", "d".repeat(64)))
        .extracting(e -> ((PartnerRequestRefused) e).code()).isEqualTo("request.keyReused");
    assertThat(requests.claim("abandoned", FINGERPRINT)).as("taken over").isEmpty();
    assertThatThrownBy(() -> requests.claim("abandoned", FINGERPRINT))
        .as("and now in flight again").isInstanceOf(PartnerRequestRefused.class);

    requests.recordRefusal("abandoned", new RecordedAnswer(404, "application/problem+json", null, "{}"));
    age(tenantId, "abandoned", 47 * 3600);
    requests.forgetBefore(java.time.Instant.now().minus(io.haven.tenancy.boundary.PartnerRequestPurge.KEPT));
    assertThat(requests.claim("abandoned", FINGERPRINT)).as("kept for 47 hours").isPresent();
    age(tenantId, "abandoned", 49 * 3600);
    requests.forgetBefore(java.time.Instant.now().minus(io.haven.tenancy.boundary.PartnerRequestPurge.KEPT));
    assertThat(requests.claim("abandoned", FINGERPRINT)).as("forgotten after 48 hours").isEmpty();
  }

  /** Moves a key's claim time into the past, as the clock would. */
  private void age(long tenantId, String key, long seconds) throws Exception {
    try (var c = dataSource.getConnection();
        var s = c.prepareStatement("update partner_request set created_at = ? where tenant_id = ? and idempotency_key = ?")) {
      s.setTimestamp(1, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(seconds)));
      s.setLong(2, tenantId);
      s.setString(3, key);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private static RecordedAnswer credited(LedgerEntryView entry) {
    return new RecordedAnswer(201, "application/json", null, "{\"entry\":" + entry.id() + ",\"balance\":" + entry.balanceAfter() + "}");
  }

  private void assertLedgerMatchesBalances(long tenantId) throws Exception {
    try (var c = dataSource.getConnection();
        var s = c.prepareStatement(
            "select a.balance, coalesce(sum(e.amount), 0) from points_account a left join ledger_entry e on e.account_id = a.id"
                + " where a.tenant_id = ? group by a.id, a.balance")) {
      s.setLong(1, tenantId);
      try (var rs = s.executeQuery()) {
        int accounts = 0;
        while (rs.next()) {
          accounts++;
          assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2));
        }
        assertThat(accounts).isPositive();
      }
    }
  }
}
