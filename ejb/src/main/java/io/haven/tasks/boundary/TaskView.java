package io.haven.tasks.boundary;

import io.haven.tasks.entity.CycleType;
import io.haven.tasks.entity.PointsTask;
import io.haven.tasks.entity.TaskClass;
import io.haven.tasks.entity.TaskSettings;
import io.haven.tasks.entity.TaskStatus;
import io.haven.tasks.entity.TaskTemplate;
import java.io.Serializable;
import java.time.Instant;

/** A task as the console shows and edits it. */
public record TaskView(
    long id,
    long version,
    long productId,
    TaskTemplate template,
    TaskClass templateClass,
    String title,
    Long iconImageId,
    String buttonText,
    String description,
    CycleType cycleType,
    int cycleCount,
    int perCycle,
    int points,
    Instant onlineFrom,
    Instant onlineTo,
    int weight,
    TaskStatus status,
    TaskSettings settings,
    Instant createdAt)
    implements Serializable {

  public static TaskView of(PointsTask t) {
    return new TaskView(
        t.getId(), t.getVersion(), t.getProductId(), t.getTemplate(), t.getTemplateClass(), t.getTitle(), t.getIconImageId(),
        t.getButtonText(), t.getDescription(), t.getCycle().getType(), t.getCycle().getCount(), t.getCycle().getPerCycle(),
        t.getPoints(), t.getOnlineFrom(), t.getOnlineTo(), t.getWeight(), t.getStatus(), t.typeSettings(), t.getCreatedAt());
  }

  public boolean isOnline() {
    return status == TaskStatus.ONLINE;
  }
}
