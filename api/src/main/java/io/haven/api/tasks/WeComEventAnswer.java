package io.haven.api.tasks;

import io.haven.tasks.boundary.CompletionView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The credit an event earned: which task, the points, and which place of which cycle. */
@JsonbPropertyOrder({"eventId", "memberId", "taskId", "points", "cycleIndex", "completion", "completedAt"})
@Schema(name = "WeComEventCredited")
public record WeComEventAnswer(
    @Schema(example = "wx-evt-20260101-0001") String eventId,
    @Schema(example = "M-10086") String memberId,
    @Schema(description = "The task the event completed.", example = "12") long taskId,
    @Schema(description = "Points credited to the member.", example = "20") int points,
    @Schema(description = "Number of the cycle, counted from 1970 in the enterprise's time zone.", example = "20454") long cycleIndex,
    @Schema(description = "Which completion of the cycle this was.", example = "1") int completion,
    Instant completedAt) {

  static WeComEventAnswer of(String eventId, String memberId, CompletionView c) {
    return new WeComEventAnswer(eventId, memberId, c.taskId(), c.points(), c.cycleIndex(), c.seq(), c.completedAt());
  }
}
