package io.haven.members.boundary;

import io.haven.members.entity.MemberTask;
import io.haven.members.entity.MemberTaskStatus;
import io.haven.tasks.entity.CycleType;
import java.time.Instant;

/** A member task as the console lists it. */
public record MemberTaskView(
    long id,
    long productId,
    String code,
    String name,
    int growth,
    CycleType cycleType,
    int cycleCount,
    int perCycle,
    Instant onlineFrom,
    Instant onlineTo,
    MemberTaskStatus status,
    String description,
    long version,
    Instant createdAt) {

  static MemberTaskView of(MemberTask t) {
    return new MemberTaskView(
        t.getId(), t.getProductId(), t.getCode(), t.getName(), t.getGrowth(), t.getCycle().getType(), t.getCycle().getCount(),
        t.getCycle().getPerCycle(), t.getOnlineFrom(), t.getOnlineTo(), t.getStatus(), t.getDescription(), t.getVersion(),
        t.getCreatedAt());
  }

  /** "3 per 1 DAY": the limit as completions name it. */
  public String limit() {
    return perCycle + " per " + cycleCount + " " + cycleType;
  }
}
