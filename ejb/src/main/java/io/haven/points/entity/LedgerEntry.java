package io.haven.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One credit (positive) or debit (negative) of a member's points, with its reason and source;
 * never updated or deleted. (source, reference) is unique per account: the same task completion,
 * redemption or partner request cannot move points twice.
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(nullable = false)
  private long amount;

  @Column(name = "balance_after", nullable = false)
  private long balanceAfter;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private PointsSource source;

  @Column(length = 64)
  private String reference;

  @Column(nullable = false, length = 200)
  private String reason;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(nullable = false)
  private Instant at;

  protected LedgerEntry() {}

  public LedgerEntry(
      PointsAccount account, long amount, long balanceAfter, PointsSource source, String reference, String reason, String actor, Instant at) {
    this.accountId = account.getId();
    this.memberId = account.getMemberId();
    this.amount = amount;
    this.balanceAfter = balanceAfter;
    this.source = source;
    this.reference = reference;
    this.reason = reason;
    this.actor = actor;
    this.at = at;
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public long getAmount() {
    return amount;
  }

  public long getBalanceAfter() {
    return balanceAfter;
  }

  public PointsSource getSource() {
    return source;
  }

  public String getReference() {
    return reference;
  }

  public String getReason() {
    return reason;
  }

  public String getActor() {
    return actor;
  }

  public Instant getAt() {
    return at;
  }
}
