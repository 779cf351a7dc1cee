package io.haven.tasks.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One credited completion of a task by a member: the {@code seq}-th place of cycle
 * {@code cycleIndex}. The database keeps (task, member, cycle, seq) unique, so of two completions
 * racing for the last place one fails even if a code path forgot the lock, and checks
 * {@code seq <= cycleLimit}, so the places of a cycle are bounded in the database itself. Append-only; the
 * ledger entry it credits carries who and why, so it is not copied into the audit trail.
 */
@Entity
@Immutable
@Table(name = "task_completion")
public class TaskCompletion extends TenantOwned {

  @Column(name = "task_id", nullable = false)
  private Long taskId;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "cycle_index", nullable = false)
  private long cycleIndex;

  @Column(nullable = false)
  private int seq;

  /** The cycle's allowance when the place was taken; the database checks seq <= it. */
  @Column(name = "cycle_limit", nullable = false)
  private int cycleLimit;

  @Column(nullable = false)
  private int points;

  /** Consecutive sign-in: the day of the streak this completion made (1 after a missed day). */
  private Integer streak;

  /** What caused it when something outside fired it (e.g. "redeem:ORDER-1"): credited once. */
  @Column(length = 64)
  private String origin;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  protected TaskCompletion() {}

  public TaskCompletion(
      long taskId, long memberId, long cycleIndex, int seq, int cycleLimit, int points, Integer streak, String origin, Instant at) {
    if (seq < 1 || seq > cycleLimit || points < 1) {
      throw new IllegalArgumentException("seq must be 1.." + cycleLimit + " and points positive");
    }
    this.cycleLimit = cycleLimit;
    this.taskId = taskId;
    this.memberId = memberId;
    this.cycleIndex = cycleIndex;
    this.seq = seq;
    this.points = points;
    this.streak = streak;
    this.origin = origin;
    this.completedAt = at;
  }

  /** The ledger reference of the points this completion credits: unique per completion. */
  public String ledgerReference() {
    return "task-completion-" + getId();
  }

  public Long getTaskId() {
    return taskId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public long getCycleIndex() {
    return cycleIndex;
  }

  public int getSeq() {
    return seq;
  }

  public int getPoints() {
    return points;
  }

  public Integer getStreak() {
    return streak;
  }

  public String getOrigin() {
    return origin;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
