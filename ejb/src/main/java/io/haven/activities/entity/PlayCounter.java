package io.haven.activities.entity;

import io.haven.common.TenantOwned;
import io.haven.tenancy.control.OwnTrail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How many times one member played an activity in a day (DAY: free plays and plays per day), one
 * member in a limit period (USER) or one device in a limit period (DEVICE) — the mall's
 * {@code RedemptionCounter} for activities. Unique per (tenant, activity, kind, subject, period
 * start); changed only by guarded bulk updates ({@code used + 1 <= limit}, see
 * {@link io.haven.activities.control.PlayLimits}), so no two plays can take the last place.
 */
@Entity
@OwnTrail
@Table(name = "play_counter")
public class PlayCounter extends TenantOwned {

  public enum Kind { DAY, USER, DEVICE }

  @Column(name = "activity_id", nullable = false, updatable = false)
  private Long activityId;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, updatable = false, length = 8)
  private Kind kind;

  @Column(nullable = false, updatable = false, length = 64)
  private String subject;

  @Column(name = "period_start", nullable = false, updatable = false)
  private Instant periodStart;

  @Column(nullable = false)
  private int used;

  protected PlayCounter() {}

  public PlayCounter(long activityId, Kind kind, String subject, Instant periodStart, int used) {
    this.activityId = activityId;
    this.kind = kind;
    this.subject = subject;
    this.periodStart = periodStart;
    this.used = used;
  }

  public Long getActivityId() { return activityId; }
  public Kind getKind() { return kind; }
  public String getSubject() { return subject; }
  public Instant getPeriodStart() { return periodStart; }
  public int getUsed() { return used; }
}
