package io.haven.tasks.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member's upload for an "upload receipt" task (K4): its images wait for review; approval
 * credits the points (through a {@link TaskCompletion}), rejection gives a reason. Decided once:
 * the deciding reviewer holds the row lock, so a second decision sees the first and is refused.
 */
@Entity
@Table(name = "receipt_submission")
public class ReceiptSubmission extends TenantOwned {

  public static final int REASON_MAX = 200;

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Column(name = "task_id", nullable = false, updatable = false)
  private Long taskId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  /** The task cycle it was submitted in: it counts towards that cycle's allowance while pending. */
  @Column(name = "cycle_index", nullable = false, updatable = false)
  private long cycleIndex;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private SubmissionStatus status;

  @Column(name = "image_count", nullable = false, updatable = false)
  private int imageCount;

  @Column(length = REASON_MAX)
  private String reason;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "completion_id")
  private Long completionId;

  protected ReceiptSubmission() {}

  public ReceiptSubmission(long productId, long taskId, long memberId, long cycleIndex, int imageCount, Instant now) {
    this.productId = productId;
    this.taskId = taskId;
    this.memberId = memberId;
    this.cycleIndex = cycleIndex;
    this.imageCount = imageCount;
    this.status = SubmissionStatus.PENDING;
    this.submittedAt = now;
  }

  public boolean isPending() {
    return status == SubmissionStatus.PENDING;
  }

  public void approve(long completionId, String by, Instant now) {
    requirePending();
    this.status = SubmissionStatus.APPROVED;
    this.completionId = completionId;
    this.decidedBy = by;
    this.decidedAt = now;
  }

  public void reject(String reason, String by, Instant now) {
    requirePending();
    if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
      throw new IllegalArgumentException("a rejection needs a reason of 1.." + REASON_MAX + " characters");
    }
    this.status = SubmissionStatus.REJECTED;
    this.reason = reason.strip();
    this.decidedBy = by;
    this.decidedAt = now;
  }

  private void requirePending() {
    if (!isPending()) {
      throw new IllegalStateException("submission " + getId() + " is already " + status);
    }
  }

  public Long getProductId() {
    return productId;
  }

  public Long getTaskId() {
    return taskId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public long getCycleIndex() {
    return cycleIndex;
  }

  public SubmissionStatus getStatus() {
    return status;
  }

  public int getImageCount() {
    return imageCount;
  }

  public String getReason() {
    return reason;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Long getCompletionId() {
    return completionId;
  }
}
