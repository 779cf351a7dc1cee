package io.haven.members.entity;

import io.haven.common.TenantOwned;
import io.haven.tasks.entity.CycleRule;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member task of one product (V4): the enterprise judges completion itself and its partner system
 * posts it by the task's code; each completion adds the task's growth value, at most
 * {@code cycle.perCycle} times per cycle, while the task is online and inside its window.
 */
@Entity
@Table(name = "member_task")
public class MemberTask extends TenantOwned {

  public static final int NAME_MAX = 50;
  public static final int DESCRIPTION_MAX = 500;
  public static final String CODE = "[A-Za-z0-9_-]{1,64}";
  /** Growth per completion: bounded so no member's growth value can overflow. */
  public static final int GROWTH_MAX = 100_000;

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(nullable = false, length = 64)
  private String code;

  @Column(nullable = false)
  private int growth;

  @Embedded private CycleRule cycle;

  @Column(name = "online_from")
  private Instant onlineFrom;

  @Column(name = "online_to")
  private Instant onlineTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private MemberTaskStatus status;

  @Column(length = DESCRIPTION_MAX)
  private String description;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MemberTask() {}

  /** A new task starts ONLINE, as points tasks do (K2). */
  public MemberTask(long productId, String code, Instant now) {
    this.productId = productId;
    this.code = code;
    this.createdAt = now;
    this.status = MemberTaskStatus.ONLINE;
  }

  /** The checked settings; the boundary has validated each field and names it when wrong. */
  public void change(
      String code, String name, int growth, CycleRule cycle, Instant onlineFrom, Instant onlineTo, String description) {
    if (code == null || !code.matches(CODE)) {
      throw new IllegalArgumentException("task code must match " + CODE);
    }
    if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
      throw new IllegalArgumentException("task name must be 1.." + NAME_MAX + " characters");
    }
    if (growth <= 0 || growth > GROWTH_MAX) {
      throw new IllegalArgumentException("growth must be 1.." + GROWTH_MAX);
    }
    if (onlineFrom != null && onlineTo != null && !onlineTo.isAfter(onlineFrom)) {
      throw new IllegalArgumentException("online window ends before it starts");
    }
    this.code = code;
    this.name = name.strip();
    this.growth = growth;
    this.cycle = java.util.Objects.requireNonNull(cycle);
    this.onlineFrom = onlineFrom;
    this.onlineTo = onlineTo;
    this.description = description == null || description.isBlank() ? null : description.strip();
  }

  public void switchTo(MemberTaskStatus status) {
    this.status = java.util.Objects.requireNonNull(status);
  }

  /** Whether {@code at} lies in the online window ({@code [from, to)}; an open end is unbounded). */
  public boolean inWindow(Instant at) {
    return (onlineFrom == null || !at.isBefore(onlineFrom)) && (onlineTo == null || at.isBefore(onlineTo));
  }

  public Long getProductId() {
    return productId;
  }

  public String getName() {
    return name;
  }

  public String getCode() {
    return code;
  }

  public int getGrowth() {
    return growth;
  }

  public CycleRule getCycle() {
    return cycle;
  }

  public Instant getOnlineFrom() {
    return onlineFrom;
  }

  public Instant getOnlineTo() {
    return onlineTo;
  }

  public MemberTaskStatus getStatus() {
    return status;
  }

  public String getDescription() {
    return description;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
