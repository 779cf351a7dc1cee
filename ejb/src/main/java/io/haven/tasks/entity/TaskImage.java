package io.haven.tasks.entity;

import io.haven.common.TenantOwned;
import io.haven.common.UploadedImage;
import io.haven.tenancy.control.AuditRedacted;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An image of the tasks capability, checked by content before it was stored: a task's icon, a
 * contact QR code, or one page of a member's receipt submission. Kept apart from the rows that
 * use it so that lists never load image bytes.
 *
 * <p>An icon or QR code is uploaded before the task form is saved, so it starts detached: it
 * belongs to no task yet, only the console page that uploaded it may show it, and it is purged
 * after {@link #DETACHED_KEPT} if the form is abandoned. Saving the form attaches it. A receipt
 * page belongs to its submission from the start.
 */
@Entity
@Table(name = "task_image")
public class TaskImage extends TenantOwned {

  /** How long an upload no saved form took is kept: longer than anyone fills in one form. */
  public static final java.time.Duration DETACHED_KEPT = java.time.Duration.ofDays(1);

  public enum Kind {
    ICON,
    QR,
    RECEIPT
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private Kind kind;

  @Column(name = "media_type", nullable = false, updatable = false, length = 32)
  private String mediaType;

  @Column(nullable = false, updatable = false)
  private int width;

  @Column(nullable = false, updatable = false)
  private int height;

  /** The bytes are not copied into the audit trail: the row's existence and size are enough. */
  @AuditRedacted
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "submission_id", updatable = false)
  private Long submissionId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private boolean attached;

  protected TaskImage() {}

  public TaskImage(Kind kind, UploadedImage image, Long submissionId, int position, Instant now) {
    this.kind = kind;
    this.mediaType = image.format().mediaType;
    this.width = image.width();
    this.height = image.height();
    this.content = image.bytes().clone();
    this.submissionId = submissionId;
    this.position = position;
    this.createdAt = now;
    this.attached = kind == Kind.RECEIPT;
  }

  /** The form that uploaded this image was saved: it now belongs to that task and is kept. */
  public void attach() {
    this.attached = true;
  }

  public boolean isAttached() {
    return attached;
  }

  public Kind getKind() {
    return kind;
  }

  public String getMediaType() {
    return mediaType;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public Long getSubmissionId() {
    return submissionId;
  }

  public int getPosition() {
    return position;
  }
}
