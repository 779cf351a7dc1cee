package io.haven.tasks.boundary;

import io.haven.common.HavenException;
import io.haven.tasks.entity.CycleRule;

/** The rules of points tasks (K1-K5) a request can break, each with its message key. */
public class TaskRuleBroken extends HavenException {

  private TaskRuleBroken(Kind kind, String code, String field, String message) {
    super(kind, code, field, message);
  }

  /** K1: the FREE edition may use retention templates only. */
  public static TaskRuleBroken freeEdition() {
    return new TaskRuleBroken(
        Kind.FORBIDDEN, "task.freeEdition", "template", "The FREE edition supports retention tasks only (免费版仅支持留存类任务)");
  }

  /** K2: an online task cannot be edited. */
  public static TaskRuleBroken editWhileOnline(String title) {
    return new TaskRuleBroken(
        Kind.CONFLICT, "task.editOnline", null, "Task \"" + title + "\" is online: set it offline before editing it");
  }

  public static TaskRuleBroken notOpen(String title) {
    return new TaskRuleBroken(Kind.CONFLICT, "task.notOpen", null, "Task \"" + title + "\" is not open now");
  }

  /** The cycle's allowance is used up; the message names the limit. */
  public static TaskRuleBroken cycleFull(CycleRule cycle) {
    return new TaskRuleBroken(
        Kind.CONFLICT,
        "task.cycleFull",
        null,
        "Already completed "
            + cycle.getPerCycle()
            + " time(s) in this cycle: the limit is "
            + cycle.getPerCycle()
            + " per "
            + cycle.getCount()
            + " "
            + cycle.getType().name().toLowerCase()
            + "(s)");
  }

  public static TaskRuleBroken alreadyCredited(String origin) {
    return new TaskRuleBroken(Kind.CONFLICT, "task.alreadyCredited", null, "Points for " + origin + " were already credited");
  }

  public static TaskRuleBroken notByMember() {
    return new TaskRuleBroken(
        Kind.CONFLICT, "task.notByMember", null, "This task is completed by what it is about, not by pressing its button");
  }

  public static TaskRuleBroken notBirthday() {
    return new TaskRuleBroken(Kind.CONFLICT, "task.notBirthday", null, "The birthday task can be completed on your birthday only");
  }

  public static TaskRuleBroken noBirthday() {
    return new TaskRuleBroken(
        Kind.UNPROCESSABLE, "task.noBirthday", "birthday", "Add your birthday to your profile to complete the birthday task");
  }

  /** K4: the submission was decided already (perhaps by another reviewer a moment ago). */
  public static TaskRuleBroken alreadyDecided(String status) {
    return new TaskRuleBroken(Kind.CONFLICT, "task.review.decided", null, "This submission was already decided: " + status);
  }

  public static TaskRuleBroken busy() {
    return new TaskRuleBroken(Kind.BUSY, "task.busy", null, "Someone else is working on this right now; try again");
  }
}
