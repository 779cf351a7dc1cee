package io.haven.tasks.entity;

import java.util.Arrays;
import java.util.List;

/** What a task is about and so what completes it (K1). Each template belongs to one class. */
public enum TaskTemplate {
  DAILY_SIGN_IN(TaskClass.RETENTION),
  CONSECUTIVE_SIGN_IN(TaskClass.RETENTION),
  INVITE_MEMBER(TaskClass.ACQUISITION),
  ADD_SERVICE_FRIEND(TaskClass.ACQUISITION),
  JOIN_GROUP(TaskClass.ACQUISITION),
  CONSUMPTION(TaskClass.COMMERCIAL),
  AD_VIEWING(TaskClass.COMMERCIAL),
  BIRTHDAY(TaskClass.CARE),
  UPLOAD_RECEIPT(TaskClass.CARE),
  JOIN_LOTTERY(TaskClass.CARE),
  REDEEM_IN_MALL(TaskClass.CARE),
  BROWSE_NEW_PRODUCT(TaskClass.CARE),
  HOLIDAY_GREETING(TaskClass.CARE);

  public final TaskClass taskClass;

  TaskTemplate(TaskClass taskClass) {
    this.taskClass = taskClass;
  }

  public static List<TaskTemplate> of(TaskClass taskClass) {
    return Arrays.stream(values()).filter(t -> t.taskClass == taskClass).toList();
  }

  /**
   * Sign-ins are once a day and a birthday once a year by their nature: their cycle is fixed, not
   * configured, so a streak (one completion per local day) stays well defined.
   */
  public CycleRule fixedCycle() {
    return switch (this) {
      case DAILY_SIGN_IN, CONSECUTIVE_SIGN_IN -> new CycleRule(CycleType.DAY, 1, 1);
      case BIRTHDAY -> new CycleRule(CycleType.YEAR, 1, 1);
      default -> null;
    };
  }

  /** Completed by the member pressing the task's button on the storefront (not by an event or a review). */
  public boolean completedByMember() {
    return switch (this) {
      case DAILY_SIGN_IN, CONSECUTIVE_SIGN_IN, BIRTHDAY, BROWSE_NEW_PRODUCT, HOLIDAY_GREETING, AD_VIEWING -> true;
      default -> false;
    };
  }
}
