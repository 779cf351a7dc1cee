package io.haven.mall.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import io.haven.tenancy.control.OwnTrail;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A payment of the sandbox provider: created PENDING when a payment starts, settled PAID or
 * CANCELLED once from the sandbox pay page. The reference is random and unguessable: it is the
 * pay page's only key.
 */
@Entity
@OwnTrail
@Table(name = "sandbox_payment")
public class SandboxPayment extends TenantOwned {

  public enum Status { PENDING, PAID, CANCELLED }

  @Column(nullable = false, updatable = false, length = 64)
  private String reference;

  /** Who asked for the payment: "MALL" for redemptions (other capabilities add their own). */
  @Column(nullable = false, updatable = false, length = 16)
  private String purpose;

  @Column(name = "order_number", nullable = false, updatable = false, length = 32)
  private String orderNumber;

  @Column(name = "amount_fen", nullable = false, updatable = false)
  private long amountFen;

  @Column(nullable = false, updatable = false, length = 100)
  private String subject;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  protected SandboxPayment() {}

  public SandboxPayment(String reference, String purpose, String orderNumber, long amountFen, String subject, Instant now) {
    if (amountFen <= 0) {
      throw new IllegalArgumentException("a payment needs a positive amount");
    }
    this.reference = reference;
    this.purpose = purpose;
    this.orderNumber = orderNumber;
    this.amountFen = amountFen;
    this.subject = subject.length() > 100 ? subject.substring(0, 100) : subject;
    this.status = Status.PENDING;
    this.createdAt = now;
  }

  /** Returns false when it was already settled (either way): a settlement happens once. */
  public boolean settle(boolean paid, Instant now) {
    if (status != Status.PENDING) {
      return false;
    }
    status = paid ? Status.PAID : Status.CANCELLED;
    settledAt = now;
    return true;
  }

  public String getReference() { return reference; }
  public String getPurpose() { return purpose; }
  public String getOrderNumber() { return orderNumber; }
  public long getAmountFen() { return amountFen; }
  public String getSubject() { return subject; }
  public Status getStatus() { return status; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getSettledAt() { return settledAt; }
}
