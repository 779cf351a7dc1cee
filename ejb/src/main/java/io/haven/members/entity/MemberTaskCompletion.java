package io.haven.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One completion of a member task by a member (V4), immutable. It takes place {@code seq} (1 to the
 * task's completions per cycle) in cycle {@code cycleIndex}; (task, member, cycle, seq) is unique,
 * so racing completions can never hold more places than a cycle has.
 */
@Entity
@Immutable
@Table(name = "member_task_completion")
public class MemberTaskCompletion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Column(name = "task_id", nullable = false)
  private Long taskId;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "cycle_index", nullable = false)
  private long cycleIndex;

  @Column(nullable = false)
  private int seq;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(length = 64)
  private String reference;

  @Column(nullable = false)
  private int growth;

  @Column(name = "growth_after", nullable = false)
  private long growthAfter;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected MemberTaskCompletion() {}

  public MemberTaskCompletion(
      MemberTask task, Member member, long cycleIndex, int seq, Instant occurredAt, String reference, long growthAfter, Instant now) {
    this.taskId = task.getId();
    this.memberId = member.getId();
    this.cycleIndex = cycleIndex;
    this.seq = seq;
    this.occurredAt = occurredAt;
    this.reference = reference;
    this.growth = task.getGrowth();
    this.growthAfter = growthAfter;
    this.recordedAt = now;
  }

  /** A completion by ids, for the partner path that reads no task or member entity. */
  public MemberTaskCompletion(
      long taskId, long memberId, int growth, long cycleIndex, int seq, Instant occurredAt, String reference, long growthAfter, Instant now) {
    this.taskId = taskId;
    this.memberId = memberId;
    this.cycleIndex = cycleIndex;
    this.seq = seq;
    this.occurredAt = occurredAt;
    this.reference = reference;
    this.growth = growth;
    this.growthAfter = growthAfter;
    this.recordedAt = now;
  }

  public Long getId() {
    return id;
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

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getReference() {
    return reference;
  }

  public int getGrowth() {
    return growth;
  }

  public long getGrowthAfter() {
    return growthAfter;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
