package io.haven.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.HavenException;
import io.haven.common.TenantContext;
import io.haven.members.boundary.MemberLevels;
import io.haven.members.boundary.MemberTaskRuleBroken;
import io.haven.members.boundary.MemberTaskSettings;
import io.haven.members.boundary.MemberTasks;
import io.haven.members.boundary.Members;
import io.haven.members.boundary.TaskCompletion;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.entity.PointsSource;
import io.haven.tasks.entity.CycleType;
import io.haven.tenancy.boundary.PartnerAnswer;
import io.haven.tenancy.boundary.PartnerRequestPurge;
import io.haven.tenancy.boundary.PartnerRequestRefused;
import io.haven.tenancy.boundary.PartnerRequests;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MemberFixture;
import io.haven.testing.Racer;
import io.haven.testing.Tenants;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * V5 exactly-once partner requests in one transaction: the key's row, the work and its answer
 * commit together, and the (tenant, key) constraint decides every race — one effect per key,
 * however many retries run at once.
 *
 * <p>How the races fail without it: with the claim insert taken out of {@code PartnerRequests#once}
 * (or the unique constraint dropped) every racer runs the completion, and the member gets 20
 * completions instead of one; with the answer stored outside the work's transaction, retries see
 * no answer and run again.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerRequestsIT {

  private static final String FINGERPRINT = "a".repeat(64);
  private static final String OTHER = "b".repeat(64);
  private static final Function<HavenException, PartnerAnswer> PROBLEM =
      rule -> PartnerAnswer.of(rule.kind().status, "application/problem+json", null, "{\"type\":\"" + rule.code() + "\"}");

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("partner-requests");
  }

  @Inject MemberFixture fixture;
  @Inject Tenants tenants;
  @Inject TenantContext context;
  @Inject PartnerRequests requests;
  @Inject Instance<PartnerRequests> partnerRequests;
  @Inject Members members;
  @Inject MemberTasks tasks;
  @Inject Instance<MemberTasks> tasksPerThread;
  @Inject MemberLevels levels;
  @Inject PointsLedger ledger;
  @Inject Racer racer;

  @Resource(lookup = "java:jboss/datasources/HavenDS")
  DataSource dataSource;

  /** A product with member M-1 and a task "order" (growth 10, 100 a day): room for many completions. */
  private long programme(String name) {
    long product = fixture.storefront(name).productId();
    members.sync(product, "M-1", null, null, null);
    tasks.add(product, new MemberTaskSettings("order", "Order", 10, CycleType.DAY, 1, 100, null, null, "Buy"));
    return product;
  }

  private static PartnerAnswer completed(TaskCompletion done) {
    return PartnerAnswer.of(201, "application/json", null, "{\"completion\":" + done.id() + ",\"growth\":" + done.growthAfter() + "}");
  }

  /**
   * 20 identical requests under one key at once, the first holding its row for a moment: exactly one
   * completion; every other request waited on the uncommitted key and got the first answer
   * replayed, byte for byte (or, past the lock timeout, was told the key is in flight).
   */
  @Test
  void racingRetriesUnderOneKeyCompleteOnce() throws Exception {
    long product = programme("Idempotent Co");
    long member = members.sync(product, "M-1", null, null, null).member().id();
    AtomicInteger runs = new AtomicInteger();
    List<Object> outcomes =
        racer.race(20, context.tenantId(), i -> () -> partnerRequests.get().once("complete-1", FINGERPRINT, () -> {
          runs.incrementAndGet();
          TaskCompletion done = tasksPerThread.get().complete(product, "M-1", "order", null, "race");
          pause(300); // keep the key's row uncommitted while the others arrive
          return completed(done);
        }, PROBLEM));

    List<PartnerAnswer> fresh = answers(outcomes).stream().filter(a -> !a.replayed()).toList();
    assertThat(fresh).as("one request ran the work: %s", outcomes).hasSize(1);
    assertThat(runs).as("the work ran once").hasValue(1);
    assertThat(outcomes).as("every other request got the first answer or was told the key is in flight")
        .allMatch(o -> o instanceof PartnerAnswer a && sameAnswer(a, fresh.get(0)) || refused(o, "request.inFlight"));
    assertThat(answers(outcomes).stream().filter(PartnerAnswer::replayed)).as("the losers really raced the winner").isNotEmpty();
    assertThat(tasks.history(member, 0, 100).total()).isEqualTo(1);
    assertThat(levels.standing(product, member).growthValue()).isEqualTo(10);
    // after the race, a retry gets the first answer again, without running the work
    PartnerAnswer retry = requests.once("complete-1", FINGERPRINT, () -> { throw new AssertionError("ran again"); }, PROBLEM);
    assertThat(retry.replayed()).isTrue();
    assertThat(sameAnswer(retry, fresh.get(0))).isTrue();
  }

  /**
   * The same key raced with two different bodies: one completion; the requests of the other body
   * are refused as a reused key (422), never run, never given the other body's answer.
   */
  @Test
  void aKeyRacedWithAnotherBodyIsRefused() throws Exception {
    long product = programme("Reused Key Co");
    long member = members.sync(product, "M-1", null, null, null).member().id();
    List<Object> outcomes =
        racer.race(20, context.tenantId(), i -> () -> partnerRequests.get().once("complete-2", i % 2 == 0 ? FINGERPRINT : OTHER, () -> {
          TaskCompletion done = tasksPerThread.get().complete(product, "M-1", "order", null, "body-" + (i % 2));
          pause(300);
          return completed(done);
        }, PROBLEM));

    assertThat(tasks.history(member, 0, 100).total()).isEqualTo(1);
    String winner = tasks.history(member, 0, 1).items().get(0).reference();
    int winning = winner.equals("body-0") ? 0 : 1;
    List<PartnerAnswer> fresh = answers(outcomes).stream().filter(a -> !a.replayed()).toList();
    assertThat(fresh).hasSize(1);
    for (int i = 0; i < outcomes.size(); i++) {
      Object o = outcomes.get(i);
      if (i % 2 == winning) {
        assertThat(o).as("same body as the winner: %s", o)
            .matches(x -> x instanceof PartnerAnswer a && sameAnswer(a, fresh.get(0)) || refused(x, "request.inFlight"));
      } else {
        assertThat(o).as("another body: %s", o).matches(x -> refused(x, "request.keyReused") || refused(x, "request.inFlight"));
      }
    }
    assertThat(outcomes.stream().filter(o -> refused(o, "request.keyReused"))).as("the 422 path ran").isNotEmpty();
  }

  /**
   * A request whose key's row is still uncommitted past the lock timeout is told so (409); once the
   * first request commits, a retry gets its answer.
   */
  @Test
  void aKeyStillInFlightIsRefusedAndItsAnswerFollows() throws Exception {
    long product = programme("In Flight Co");
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Object> outcomes =
        racer.race(2, context.tenantId(), i -> () -> {
          if (i == 0) {
            return partnerRequests.get().once("slow", FINGERPRINT, () -> {
              TaskCompletion done = tasksPerThread.get().complete(product, "M-1", "order", null, "slow");
              holding.countDown();
              await(release, 30);
              return completed(done);
            }, PROBLEM);
          }
          await(holding, 30);
          try {
            return partnerRequests.get().once("slow", FINGERPRINT, () -> { throw new AssertionError("ran while in flight"); }, PROBLEM);
          } finally {
            release.countDown();
          }
        });
    assertThat(outcomes.get(0)).isInstanceOf(PartnerAnswer.class).extracting(o -> ((PartnerAnswer) o).replayed()).isEqualTo(false);
    assertThat(refused(outcomes.get(1), "request.inFlight")).as("in flight: %s", outcomes.get(1)).isTrue();
    PartnerAnswer retry = requests.once("slow", FINGERPRINT, () -> { throw new AssertionError("ran again"); }, PROBLEM);
    assertThat(retry.replayed()).isTrue();
    assertThat(sameAnswer(retry, (PartnerAnswer) outcomes.get(0))).isTrue();
  }

  @Test
  void aFailedCallLeavesTheKeyFreeAndARefusalIsKept() throws Exception {
    var store = fixture.storefront("Retry Later Co");
    long member = fixture.member(store).id();
    // the work fails unexpectedly: nothing of it stays, the key included
    assertThatThrownBy(() -> requests.once("k-1", FINGERPRINT, () -> {
      ledger.credit(member, 5, PointsSource.API, null, "Rolled back");
      throw new IllegalStateException("boom");
    }, PROBLEM)).isExactlyInstanceOf(EJBException.class).hasCauseExactlyInstanceOf(IllegalStateException.class).hasRootCauseMessage("boom");
    assertThat(ledger.balance(member)).isZero();
    assertThat(keyRows("k-1")).isZero();
    // nor does a busy refusal: it may pass when retried
    assertThatThrownBy(() -> requests.once("k-1", FINGERPRINT, () -> {
      ledger.credit(member, 5, PointsSource.API, null, "Rolled back too");
      throw MemberTaskRuleBroken.busy();
    }, PROBLEM)).isInstanceOf(MemberTaskRuleBroken.class).extracting(e -> ((HavenException) e).kind()).isEqualTo(HavenException.Kind.BUSY);
    assertThat(keyRows("k-1")).isZero();
    // so the retry runs
    PartnerAnswer credited = requests.once("k-1", FINGERPRINT, () -> credited(ledger.credit(member, 5, PointsSource.API, null, "Retried")), PROBLEM);
    assertThat(credited.status()).isEqualTo(201);
    assertThat(credited.replayed()).isFalse();
    assertThat(ledger.balance(member)).isEqualTo(5);

    // a broken rule is the answer, and stays it: the retry does not run the work again
    AtomicInteger runs = new AtomicInteger();
    PartnerAnswer refusal = requests.once("k-2", FINGERPRINT, () -> {
      runs.incrementAndGet();
      return credited(ledger.debit(member, 50, PointsSource.API, null, "Too much"));
    }, PROBLEM);
    assertThat(refusal.status()).isEqualTo(409);
    assertThat(refusal.body()).contains("points.insufficient");
    assertThat(refusal.replayed()).isFalse();
    PartnerAnswer again = requests.once("k-2", FINGERPRINT, () -> {
      runs.incrementAndGet();
      return credited(ledger.debit(member, 1, PointsSource.API, null, "Would pass now"));
    }, PROBLEM);
    assertThat(again.replayed()).isTrue();
    assertThat(sameAnswer(again, refusal)).isTrue();
    assertThat(runs).hasValue(1);
    assertThat(ledger.balance(member)).isEqualTo(5);

    // the same key with another request is refused
    assertThatThrownBy(() -> requests.once("k-2", OTHER, () -> { throw new AssertionError("ran"); }, PROBLEM))
        .isInstanceOf(PartnerRequestRefused.class)
        .extracting(e -> ((PartnerRequestRefused) e).code())
        .isEqualTo("request.keyReused");
  }

  @Test
  void keysBelongToOneTenant() {
    fixture.storefront("Key Owner Co");
    requests.once("shared-key", FINGERPRINT, () -> PartnerAnswer.of(201, "application/json", null, "{\"owner\":1}"), PROBLEM);
    tenants.actAs(tenants.open("Key Neighbour Co"));
    PartnerAnswer neighbour =
        requests.once("shared-key", OTHER, () -> PartnerAnswer.of(201, "application/json", null, "{\"owner\":2}"), PROBLEM);
    assertThat(neighbour.replayed()).isFalse();
    assertThat(neighbour.body()).isEqualTo("{\"owner\":2}");
  }

  /** Keys are kept for 48 hours, then forgotten: the key may run a new request. */
  @Test
  void oldKeysAreForgotten() throws Exception {
    fixture.storefront("Forgetful Co");
    long tenantId = context.tenantId();
    requests.once("old", FINGERPRINT, () -> PartnerAnswer.of(404, "application/problem+json", null, "{}"), PROBLEM);
    age(tenantId, "old", 47 * 3600);
    requests.forgetBefore(Instant.now().minus(PartnerRequestPurge.KEPT));
    assertThat(requests.once("old", FINGERPRINT, () -> { throw new AssertionError("ran"); }, PROBLEM).replayed())
        .as("kept for 47 hours").isTrue();
    age(tenantId, "old", 49 * 3600);
    requests.forgetBefore(Instant.now().minus(PartnerRequestPurge.KEPT));
    PartnerAnswer fresh = requests.once("old", FINGERPRINT, () -> PartnerAnswer.of(201, "application/json", null, "{}"), PROBLEM);
    assertThat(fresh.replayed()).as("forgotten after 48 hours").isFalse();
    assertThat(fresh.status()).isEqualTo(201);
  }

  private static List<PartnerAnswer> answers(List<Object> outcomes) {
    return outcomes.stream().filter(PartnerAnswer.class::isInstance).map(PartnerAnswer.class::cast).toList();
  }

  private static boolean sameAnswer(PartnerAnswer a, PartnerAnswer b) {
    return a.status() == b.status() && a.type().equals(b.type()) && a.body().equals(b.body())
        && java.util.Objects.equals(a.location(), b.location());
  }

  private static boolean refused(Object outcome, String code) {
    return outcome instanceof PartnerRequestRefused p && p.code().equals(code);
  }

  private static PartnerAnswer credited(io.haven.points.boundary.LedgerEntryView entry) {
    return PartnerAnswer.of(201, "application/json", null, "{\"entry\":" + entry.id() + ",\"balance\":" + entry.balanceAfter() + "}");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch, int seconds) {
    try {
      if (!latch.await(seconds, TimeUnit.SECONDS)) {
        throw new IllegalStateException("waited " + seconds + " s in vain");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private int keyRows(String key) throws Exception {
    try (var c = dataSource.getConnection();
        var s = c.prepareStatement("select count(*) from partner_request where tenant_id = ? and idempotency_key = ?")) {
      s.setLong(1, context.tenantId());
      s.setString(2, key);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** Moves a key's creation time into the past, as the clock would. */
  private void age(long tenantId, String key, long seconds) throws Exception {
    try (var c = dataSource.getConnection();
        var s = c.prepareStatement("update partner_request set created_at = ? where tenant_id = ? and idempotency_key = ?")) {
      s.setTimestamp(1, java.sql.Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusSeconds(seconds)));
      s.setLong(2, tenantId);
      s.setString(3, key);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }
}
