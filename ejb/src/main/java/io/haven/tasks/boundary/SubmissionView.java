package io.haven.tasks.boundary;

import io.haven.tasks.entity.ReceiptSubmission;
import io.haven.tasks.entity.SubmissionStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A receipt submission with its task, member and image ids, for the review queue and the member. */
public record SubmissionView(
    long id,
    long taskId,
    String taskTitle,
    int points,
    long memberId,
    String memberName,
    SubmissionStatus status,
    String reason,
    Instant submittedAt,
    Instant decidedAt,
    String decidedBy,
    List<Long> imageIds)
    implements Serializable {

  static SubmissionView of(ReceiptSubmission s, String taskTitle, int points, String memberName, List<Long> imageIds) {
    return new SubmissionView(
        s.getId(), s.getTaskId(), taskTitle, points, s.getMemberId(), memberName, s.getStatus(), s.getReason(),
        s.getSubmittedAt(), s.getDecidedAt(), s.getDecidedBy(), List.copyOf(imageIds));
  }
}
