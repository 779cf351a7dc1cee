package io.haven.tasks.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A points task of one product (K1-K3): made from a template, which never changes; the common
 * settings (K2) and type settings (K3) change only while the task is offline, so members never see
 * a task change under them. New tasks start online.
 */
@Entity
@Table(name = "points_task")
public class PointsTask extends TenantOwned {

  public static final int TITLE_MAX = 50;
  public static final int BUTTON_MAX = 20;
  public static final int DESCRIPTION_MAX = 500;
  public static final int POINTS_MAX = 1_000_000;
  public static final int WEIGHT_MAX = 1_000_000;

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private TaskTemplate template;

  @Enumerated(EnumType.STRING)
  @Column(name = "template_class", nullable = false, updatable = false, length = 16)
  private TaskClass templateClass;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "icon_image_id")
  private Long iconImageId;

  @Column(name = "button_text", nullable = false, length = BUTTON_MAX)
  private String buttonText;

  @Column(length = DESCRIPTION_MAX)
  private String description;

  @Embedded private CycleRule cycle;

  @Column(nullable = false)
  private int points;

  @Column(name = "online_from")
  private Instant onlineFrom;

  @Column(name = "online_to")
  private Instant onlineTo;

  @Column(nullable = false)
  private int weight;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private TaskStatus status;

  @Column(nullable = false, length = 4000)
  private String settings;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected PointsTask() {}

  public PointsTask(long productId, TaskTemplate template, TaskSetup setup, Instant now) {
    this.productId = productId;
    this.template = Objects.requireNonNull(template);
    this.templateClass = template.taskClass;
    this.status = TaskStatus.ONLINE;
    this.createdAt = now;
    apply(setup);
  }

  /** Changes the settings; only an offline task may change (the boundary says so to the user first). */
  public void change(TaskSetup setup) {
    if (status != TaskStatus.OFFLINE) {
      throw new IllegalStateException("an online task cannot be edited");
    }
    apply(setup);
  }

  private void apply(TaskSetup setup) {
    this.title = setup.title();
    this.iconImageId = setup.iconImageId();
    this.buttonText = setup.buttonText();
    this.description = setup.description();
    CycleRule fixed = template.fixedCycle();
    this.cycle = fixed != null ? fixed : setup.cycle();
    this.points = setup.points();
    this.onlineFrom = setup.onlineFrom();
    this.onlineTo = setup.onlineTo();
    this.weight = setup.weight();
    this.settings = setup.settings().validFor(template).toJson();
  }

  public void goOnline() {
    this.status = TaskStatus.ONLINE;
  }

  public void goOffline() {
    this.status = TaskStatus.OFFLINE;
  }

  public boolean isOnline() {
    return status == TaskStatus.ONLINE;
  }

  /** Online and inside its online window at {@code at} (window ends are exclusive). */
  public boolean isOpenAt(Instant at) {
    return isOnline() && (onlineFrom == null || !at.isBefore(onlineFrom)) && (onlineTo == null || at.isBefore(onlineTo));
  }

  public TaskSettings typeSettings() {
    return TaskSettings.fromJson(settings);
  }

  public Long getProductId() {
    return productId;
  }

  public TaskTemplate getTemplate() {
    return template;
  }

  public TaskClass getTemplateClass() {
    return templateClass;
  }

  public String getTitle() {
    return title;
  }

  public Long getIconImageId() {
    return iconImageId;
  }

  public String getButtonText() {
    return buttonText;
  }

  public String getDescription() {
    return description;
  }

  public CycleRule getCycle() {
    return cycle;
  }

  public int getPoints() {
    return points;
  }

  public Instant getOnlineFrom() {
    return onlineFrom;
  }

  public Instant getOnlineTo() {
    return onlineTo;
  }

  public int getWeight() {
    return weight;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
