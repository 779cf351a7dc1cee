package io.haven.members.boundary;

import io.haven.common.HavenException;

/** The rules of member tasks and their completions (V4). */
public class MemberTaskRuleBroken extends HavenException {

  private MemberTaskRuleBroken(Kind kind, String code, String field, String message) {
    super(kind, code, field, message);
  }

  public static MemberTaskRuleBroken codeTaken(String code) {
    return new MemberTaskRuleBroken(Kind.CONFLICT, "memberTask.code.taken", "code", "A member task with code " + code + " exists already");
  }

  public static MemberTaskRuleBroken offline(String code) {
    return new MemberTaskRuleBroken(
        Kind.CONFLICT, "memberTask.offline", "taskCode", "Member task " + code + " is offline and takes no completions");
  }

  public static MemberTaskRuleBroken outsideWindow(String code, Object from, Object to) {
    return new MemberTaskRuleBroken(
        Kind.CONFLICT,
        "memberTask.outsideWindow",
        "occurredAt",
        "Member task " + code + " takes completions that occurred from " + (from == null ? "any time" : from) + " until "
            + (to == null ? "any time" : to) + " only");
  }

  /** Beyond the cycle's allowance; the message names the limit, e.g. "3 per 1 DAY". */
  public static MemberTaskRuleBroken cycleFull(String code, String limit) {
    return new MemberTaskRuleBroken(
        Kind.CONFLICT,
        "memberTask.cycleFull",
        "taskCode",
        "Member task " + code + " was completed as often as it may be in this cycle: " + limit);
  }

  public static MemberTaskRuleBroken busy() {
    return new MemberTaskRuleBroken(Kind.BUSY, "memberTask.busy", null, "The member is busy with another completion; try again");
  }
}
