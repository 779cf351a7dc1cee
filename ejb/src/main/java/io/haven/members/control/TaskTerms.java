package io.haven.members.control;

import io.haven.members.entity.MemberTask;
import io.haven.members.entity.MemberTaskStatus;
import io.haven.tasks.entity.CycleRule;
import java.time.Instant;

/**
 * What a completion needs to know of a member task — its growth, cycle, status and online window —
 * as an immutable copy that the {@link ProgrammeCache} keeps between changes of the task.
 */
public record TaskTerms(
    long id,
    String code,
    String name,
    int growth,
    CycleRule cycle,
    MemberTaskStatus status,
    Instant onlineFrom,
    Instant onlineTo) {

  static TaskTerms of(MemberTask t) {
    CycleRule c = t.getCycle();
    return new TaskTerms(
        t.getId(), t.getCode(), t.getName(), t.getGrowth(), new CycleRule(c.getType(), c.getCount(), c.getPerCycle()),
        t.getStatus(), t.getOnlineFrom(), t.getOnlineTo());
  }

  public boolean online() {
    return status == MemberTaskStatus.ONLINE;
  }

  /** Whether {@code at} lies in the online window ({@code [from, to)}; an open end is unbounded). */
  public boolean inWindow(Instant at) {
    return (onlineFrom == null || !at.isBefore(onlineFrom)) && (onlineTo == null || at.isBefore(onlineTo));
  }

  public int perCycle() {
    return cycle.getPerCycle();
  }

  /** "3 per 1 DAY": the limit as a refused completion names it. */
  public String limit() {
    return cycle.getPerCycle() + " per " + cycle.getCount() + " " + cycle.getType();
  }
}
