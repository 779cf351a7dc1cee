package io.haven.tasks.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.members.entity.Member;
import io.haven.tasks.control.TaskCompleter;
import io.haven.tasks.entity.PointsTask;
import io.haven.tasks.entity.ReceiptSubmission;
import io.haven.tasks.entity.SubmissionStatus;
import io.haven.tasks.entity.TaskCompletion;
import io.haven.tasks.entity.TaskImage;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import java.util.List;
import java.util.Map;

/**
 * The console's review of upload-receipt submissions (K4). A decision locks the submission row
 * first: of two reviewers deciding at the same moment, the second waits, then finds it decided and
 * is told so — the points are credited once. Both decisions are entity writes, so the audit trail
 * records who decided what.
 */
@Stateless
public class ReceiptReviews {

  private static final int LOCK_TIMEOUT_MS = 5000;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject TaskCompleter completer;

  /** The queue: pending ones oldest first (fair order), decided ones newest first. */
  public Page<SubmissionView> list(SubmissionStatus status, int first, int size) {
    tenant.tenantId();
    return ListQuery.of(em, ReceiptSubmission.class, "s")
        .when(status, "s.status = :st", "st")
        .page(status == SubmissionStatus.PENDING ? "s.submittedAt asc, s.id asc" : "s.id desc", first, size, this::view);
  }

  public SubmissionView get(long id) {
    return view(load(id));
  }

  public SubmissionView approve(long id) {
    ReceiptSubmission submission = lock(id);
    PointsTask task = em.find(PointsTask.class, submission.getTaskId());
    TaskCompletion completion = completer.completeReviewed(task, submission.getMemberId(), submission.getCycleIndex(), StoredTime.now());
    submission.approve(completion.getId(), tenant.actor(), StoredTime.now());
    em.flush();
    return view(submission);
  }

  public SubmissionView reject(long id, String reason) {
    if (reason == null || reason.isBlank() || reason.strip().length() > ReceiptSubmission.REASON_MAX) {
      throw new InvalidInput("reason", "task.review.reason", "Give a reason of 1 to 200 characters");
    }
    ReceiptSubmission submission = lock(id);
    submission.reject(reason, tenant.actor(), StoredTime.now());
    em.flush();
    return view(submission);
  }

  /** A receipt image of a submission of this enterprise. */
  public ImageView image(long imageId) {
    tenant.tenantId();
    TaskImage image = em.find(TaskImage.class, imageId);
    if (image == null || image.getKind() != TaskImage.Kind.RECEIPT) {
      throw new NotFound("Image", imageId);
    }
    return new ImageView(imageId, image.getMediaType(), image.getContent());
  }

  public Map<SubmissionStatus, Long> counts() {
    tenant.tenantId();
    var counts = new java.util.EnumMap<SubmissionStatus, Long>(SubmissionStatus.class);
    for (SubmissionStatus s : SubmissionStatus.values()) {
      counts.put(s, 0L);
    }
    em.createQuery("select s.status, count(s) from ReceiptSubmission s group by s.status", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((SubmissionStatus) row[0], (Long) row[1]));
    return counts;
  }

  private ReceiptSubmission lock(long id) {
    tenant.tenantId();
    ReceiptSubmission submission;
    try {
      submission = em.find(ReceiptSubmission.class, id, LockModeType.PESSIMISTIC_WRITE, Map.of("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS));
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw TaskRuleBroken.busy();
    }
    if (submission == null) {
      throw new NotFound("Submission", id);
    }
    if (!submission.isPending()) {
      throw TaskRuleBroken.alreadyDecided(submission.getStatus().name());
    }
    return submission;
  }

  private ReceiptSubmission load(long id) {
    tenant.tenantId();
    ReceiptSubmission submission = em.find(ReceiptSubmission.class, id);
    if (submission == null) {
      throw new NotFound("Submission", id);
    }
    return submission;
  }

  private SubmissionView view(ReceiptSubmission s) {
    PointsTask task = em.find(PointsTask.class, s.getTaskId());
    Member member = em.find(Member.class, s.getMemberId());
    String name = member == null ? "#" + s.getMemberId() : member.getNickname() + (member.getPhone() == null ? "" : " · " + member.getPhone());
    List<Long> images =
        em.createQuery("select i.id from TaskImage i where i.submissionId = :s order by i.position", Long.class)
            .setParameter("s", s.getId())
            .getResultList();
    return SubmissionView.of(s, task.getTitle(), task.getPoints(), name, images);
  }
}
