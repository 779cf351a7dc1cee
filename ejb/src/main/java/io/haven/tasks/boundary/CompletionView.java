package io.haven.tasks.boundary;

import io.haven.tasks.entity.TaskCompletion;
import java.time.Instant;

/** A credited completion: the points it earned and, for a consecutive sign-in, the streak day. */
public record CompletionView(long id, long taskId, long cycleIndex, int seq, int points, Integer streak, Instant completedAt) {
  public static CompletionView of(TaskCompletion c) {
    return new CompletionView(c.getId(), c.getTaskId(), c.getCycleIndex(), c.getSeq(), c.getPoints(), c.getStreak(), c.getCompletedAt());
  }
}
