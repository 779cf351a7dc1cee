package io.haven.admin.tasks;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.tasks.boundary.ReceiptReviews;
import io.haven.tasks.boundary.SubmissionView;
import io.haven.tasks.entity.SubmissionStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * K4: the review queue of upload-receipt submissions, pending first (oldest first); approve credits
 * the points, reject needs a reason. When another reviewer decided a moment earlier, the boundary
 * refuses and the page says it was already decided.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReceiptReviews reviews;
  @Inject ConsoleMessages messages;

  private SubmissionStatus statusFilter = SubmissionStatus.PENDING;
  private final PagedList<SubmissionView> list =
      new PagedList<>((first, size) -> reviews.list(statusFilter, first, size), SubmissionView::id, 10);

  private SubmissionView rejecting;
  private String reason;

  public void search() {
    list.firstPage("review:table");
  }

  public void approve() {
    try {
      SubmissionView done = reviews.approve(RequestedRow.id("submission"));
      messages.info("review.approved", done.taskTitle(), done.points());
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  public void startReject() {
    try {
      rejecting = reviews.get(RequestedRow.id("submission"));
      reason = null;
    } catch (HavenException broken) {
      rejecting = null;
      messages.report(broken, null);
    }
  }

  public void reject() {
    if (rejecting == null) {
      return;
    }
    try {
      reviews.reject(rejecting.id(), reason);
      messages.info("review.rejected", rejecting.taskTitle());
      rejecting = null;
    } catch (HavenException broken) {
      messages.report(broken, "rejectForm");
      if (!"reason".equals(broken.field())) {
        // decided by someone else meanwhile: nothing to fix in this dialog
        PrimeFaces.current().ajax().addCallbackParam("decided", true);
      }
    }
  }

  public Map<SubmissionStatus, Long> getCounts() {
    return reviews.counts();
  }

  public SubmissionStatus[] getStatuses() {
    return SubmissionStatus.values();
  }

  public PagedList<SubmissionView> getList() {
    return list;
  }

  public SubmissionStatus getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(SubmissionStatus statusFilter) {
    this.statusFilter = statusFilter;
  }

  public SubmissionView getRejecting() {
    return rejecting;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
