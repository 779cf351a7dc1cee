package io.haven.tasks;

import static io.haven.tasks.TaskTesting.input;
import static io.haven.tasks.TaskTesting.local;
import static io.haven.tasks.TaskTesting.png;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.points.boundary.PointsLedger;
import io.haven.tasks.boundary.PointsTasks;
import io.haven.tasks.boundary.ReceiptReviews;
import io.haven.tasks.boundary.SubmissionView;
import io.haven.tasks.boundary.TaskCenter;
import io.haven.tasks.boundary.TaskRuleBroken;
import io.haven.tasks.entity.CycleType;
import io.haven.tasks.entity.SubmissionStatus;
import io.haven.tasks.entity.TaskTemplate;
import io.haven.tenancy.boundary.StorefrontProduct;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MemberFixture;
import io.haven.testing.Racer;
import io.haven.testing.Tenants;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** K4: receipts wait for review; approval credits once, rejection needs a reason; decided once. */
@ExtendWith(ArquillianExtension.class)
class ReceiptReviewIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("receipt-review");
  }

  @Inject MemberFixture fixture;
  @Inject Tenants tenants;
  @Inject TenantContext context;
  @Inject Racer racer;
  @Inject PointsTasks tasks;
  @Inject TaskCenter center;
  @Inject ReceiptReviews reviews;
  @Inject PointsLedger ledger;
  @Inject Instance<ReceiptReviews> reviewers;

  @Resource(lookup = "java:jboss/datasources/HavenDS")
  DataSource dataSource;

  private StorefrontProduct store;
  private long member;
  private long receiptTask;

  private void open(String name, int perDay) {
    store = fixture.storefront(name);
    member = fixture.member(store).id();
    receiptTask = tasks.create(store.productId(), TaskTemplate.UPLOAD_RECEIPT, input("Receipt", CycleType.DAY, 1, perDay, 30, TaskTesting.receipt(3))).id();
  }

  private SubmissionView submit(String at) {
    return center.submitReceipt(store.productId(), member, receiptTask, List.of(png(40, 60), png(20, 20)), local(at));
  }

  @Test
  void aSubmissionWaitsThenApprovalCreditsItsPoints() {
    open("Receipt Co", 1);
    SubmissionView pending = submit("2026-03-01T10:00:00");
    assertThat(pending.status()).isEqualTo(SubmissionStatus.PENDING);
    assertThat(pending.imageIds()).hasSize(2);
    assertThat(ledger.balance(member)).isZero();
    // the pending submission holds the day's only place
    assertThatThrownBy(() -> submit("2026-03-01T11:00:00"))
        .isInstanceOfSatisfying(TaskRuleBroken.class, e -> assertThat(e.code()).isEqualTo("task.cycleFull"));

    assertThat(reviews.list(SubmissionStatus.PENDING, 0, 10).items()).extracting(SubmissionView::id).containsExactly(pending.id());
    assertThat(reviews.image(pending.imageIds().get(0)).mediaType()).isEqualTo("image/png");
    SubmissionView approved = reviews.approve(pending.id());
    assertThat(approved.status()).isEqualTo(SubmissionStatus.APPROVED);
    assertThat(approved.decidedBy()).isEqualTo(context.actor());
    assertThat(ledger.balance(member)).isEqualTo(30);
    assertThatThrownBy(() -> reviews.reject(pending.id(), "Too late"))
        .isInstanceOfSatisfying(TaskRuleBroken.class, e -> assertThat(e.code()).isEqualTo("task.review.decided"));
    assertThat(center.submissions(store.productId(), member)).extracting(SubmissionView::status).containsExactly(SubmissionStatus.APPROVED);
    assertThatThrownBy(() -> submit("2026-03-01T23:00:00")).isInstanceOf(TaskRuleBroken.class);
    assertThat(submit("2026-03-02T00:00:00").status()).isEqualTo(SubmissionStatus.PENDING);
  }

  @Test
  void aRejectionNeedsAReasonAndFreesThePlace() {
    open("Reject Co", 1);
    SubmissionView pending = submit("2026-03-01T10:00:00");
    assertThatThrownBy(() -> reviews.reject(pending.id(), "  "))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("reason"));
    SubmissionView rejected = reviews.reject(pending.id(), "The receipt is unreadable");
    assertThat(rejected.status()).isEqualTo(SubmissionStatus.REJECTED);
    assertThat(center.submissions(store.productId(), member).get(0).reason()).isEqualTo("The receipt is unreadable");
    assertThat(ledger.balance(member)).isZero();
    assertThatThrownBy(() -> reviews.approve(pending.id()))
        .isInstanceOfSatisfying(TaskRuleBroken.class, e -> assertThat(e.code()).isEqualTo("task.review.decided"));
    assertThat(submit("2026-03-01T12:00:00").status()).isEqualTo(SubmissionStatus.PENDING);
  }

  @Test
  void imagesAreCheckedByCountAndContent() {
    open("Images Co", 5);
    assertField(() -> center.submitReceipt(store.productId(), member, receiptTask, List.of()), "images");
    assertField(() -> center.submitReceipt(store.productId(), member, receiptTask, List.of(png(1, 1), png(1, 1), png(1, 1), png(1, 1))), "images");
    assertField(() -> center.submitReceipt(store.productId(), member, receiptTask, List.of("<svg/>".getBytes())), "images");
    assertField(() -> center.submitReceipt(store.productId(), member, receiptTask, List.of(new byte[(int) TaskCenter.RECEIPT_MAX_BYTES + 1])), "images");
    assertThat(reviews.list(null, 0, 10).total()).isZero();
  }

  @Test
  void twoReviewersDecidingAtOnceDecideOnce() throws Exception {
    open("Two Reviewers Co", 5);
    long tenantId = context.tenantId();
    for (int round = 0; round < 3; round++) {
      long id = submit("2026-03-01T1" + round + ":00:00").id();
      List<Object> outcomes = racer.race(2, tenantId, i -> () -> i == 0 ? reviewers.get().approve(id) : reviewers.get().reject(id, "No"));
      assertThat(outcomes.stream().filter(o -> o instanceof SubmissionView).count()).isEqualTo(1);
      // the loser is told the submission was decided meanwhile: the guarded update's path, not a
      // version conflict (which would surface as an optimistic-lock exception)
      assertThat(outcomes.stream().filter(o -> o instanceof TaskRuleBroken t && t.code().equals("task.review.decided")).count()).isEqualTo(1);
      assertThat(outcomes).hasSize(2).allMatch(o -> o instanceof SubmissionView || o instanceof TaskRuleBroken);
    }
    long approved = reviews.list(SubmissionStatus.APPROVED, 0, 10).total();
    assertThat(ledger.balance(member)).isEqualTo(30 * approved);
    // two approvals at once credit once
    long id = submit("2026-03-01T18:00:00").id();
    List<Object> outcomes = racer.race(2, tenantId, i -> () -> reviewers.get().approve(id));
    assertThat(outcomes.stream().filter(o -> o instanceof SubmissionView).count()).isEqualTo(1);
    assertThat(outcomes).filteredOn(o -> !(o instanceof SubmissionView))
        .singleElement()
        .isInstanceOfSatisfying(TaskRuleBroken.class, t -> assertThat(t.code()).isEqualTo("task.review.decided"));
    assertThat(ledger.balance(member)).isEqualTo(30 * (approved + 1));
    TaskTesting.assertLedgerMatchesBalances(dataSource, tenantId);
  }

  @Test
  void anotherTenantCannotSeeOrDecideSubmissions() {
    open("Private Co", 2);
    SubmissionView pending = submit("2026-03-01T10:00:00");
    reviews.approve(submit("2026-03-01T11:00:00").id());
    long owner = context.tenantId();
    assertThat(reviews.counts()).containsEntry(SubmissionStatus.PENDING, 1L).containsEntry(SubmissionStatus.APPROVED, 1L);
    // the snoop has receipts of its own: its counts are those, not the sum of both enterprises
    open("Snoop Co", 1);
    submit("2026-03-01T10:00:00");
    assertThat(reviews.counts())
        .containsEntry(SubmissionStatus.PENDING, 1L)
        .containsEntry(SubmissionStatus.APPROVED, 0L)
        .containsEntry(SubmissionStatus.REJECTED, 0L);
    assertThatThrownBy(() -> reviews.approve(pending.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> reviews.reject(pending.id(), "No")).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> reviews.get(pending.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> reviews.image(pending.imageIds().get(0))).isInstanceOf(NotFound.class);
    assertThat(reviews.list(null, 0, 10).items()).extracting(SubmissionView::id).doesNotContain(pending.id());
    assertThat(reviews.list(null, 0, 10).total()).isEqualTo(1);
    tenants.actAs(owner);
    assertThat(reviews.get(pending.id()).status()).isEqualTo(SubmissionStatus.PENDING);
    assertThat(reviews.counts()).containsEntry(SubmissionStatus.PENDING, 1L).containsEntry(SubmissionStatus.APPROVED, 1L);
  }

  private static void assertField(Runnable action, String field) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
