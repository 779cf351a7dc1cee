package io.haven.storefront.tasks;

import io.haven.tasks.boundary.SubmissionView;
import io.haven.tasks.entity.SubmissionStatus;
import java.time.Instant;

/** A receipt submission as its member sees it: no reviewer names, no other members. */
public record MySubmission(
    long id, long taskId, String taskTitle, int points, SubmissionStatus status, String reason, Instant submittedAt, Instant decidedAt) {

  public static MySubmission of(SubmissionView s) {
    return new MySubmission(s.id(), s.taskId(), s.taskTitle(), s.points(), s.status(), s.reason(), s.submittedAt(), s.decidedAt());
  }
}
