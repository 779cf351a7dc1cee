package io.haven.members.boundary;

import io.haven.members.control.TaskTerms;
import io.haven.members.entity.MemberTask;
import io.haven.members.entity.MemberTaskCompletion;
import java.time.Instant;

/**
 * One completion of a member task: which place of which cycle it took, the growth it added and the
 * member's growth value after it (with the level that value reaches, when answered to a partner).
 */
public record TaskCompletion(
    long id,
    long memberId,
    long taskId,
    String taskCode,
    String taskName,
    long cycleIndex,
    int seq,
    int perCycle,
    Instant occurredAt,
    String reference,
    int growth,
    long growthAfter,
    Instant recordedAt,
    LevelView level) {

  static TaskCompletion of(MemberTaskCompletion c, TaskTerms task, LevelView level) {
    return new TaskCompletion(
        c.getId(), c.getMemberId(), c.getTaskId(), task.code(), task.name(), c.getCycleIndex(), c.getSeq(), task.perCycle(),
        c.getOccurredAt(), c.getReference(), c.getGrowth(), c.getGrowthAfter(), c.getRecordedAt(), level);
  }

  static TaskCompletion of(MemberTaskCompletion c, MemberTask task, LevelView level) {
    return new TaskCompletion(
        c.getId(), c.getMemberId(), c.getTaskId(), task.getCode(), task.getName(), c.getCycleIndex(), c.getSeq(),
        task.getCycle().getPerCycle(), c.getOccurredAt(),
        c.getReference(), c.getGrowth(), c.getGrowthAfter(), c.getRecordedAt(), level);
  }
}
