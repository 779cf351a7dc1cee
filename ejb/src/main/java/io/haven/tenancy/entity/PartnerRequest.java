package io.haven.tenancy.entity;

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
 * A partner's POST under one Idempotency-Key and the answer it got, so a retry gets the same answer
 * instead of a second effect. Inserted, answered and committed in the transaction of the work
 * itself (see {@code PartnerRequests}), by single statements: IN_FLIGHT is only ever seen by that
 * transaction (rows committed IN_FLIGHT by the earlier two-transaction version are refused as in
 * flight until purged). The row is its own record, so it is not copied to the audit trail.
 */
@Entity
@Immutable
@Table(name = "partner_request")
public class PartnerRequest {

  public static final int KEY_MAX = 64;
  public static final int BODY_MAX = 8000;

  public enum State {
    IN_FLIGHT,
    COMPLETED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Column(name = "idempotency_key", nullable = false, length = KEY_MAX)
  private String idempotencyKey;

  /** SHA-256 (hex) of method, path and body: the same key must come with the same request. */
  @Column(nullable = false, length = 64)
  private String fingerprint;

  @Column(nullable = false, length = 16)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private State state;

  @Column(name = "answer_status")
  private Integer answerStatus;

  @Column(name = "answer_type", length = 100)
  private String answerType;

  @Column(name = "answer_location", length = 500)
  private String answerLocation;

  @Column(name = "answer_body", length = BODY_MAX)
  private String answerBody;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PartnerRequest() {}

  public static PartnerRequest claimed(String idempotencyKey, String fingerprint, Instant now) {
    PartnerRequest r = new PartnerRequest();
    r.idempotencyKey = idempotencyKey;
    r.fingerprint = fingerprint;
    r.state = State.IN_FLIGHT;
    r.createdAt = now;
    return r;
  }

  public Long getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public State getState() {
    return state;
  }

  public Integer getAnswerStatus() {
    return answerStatus;
  }

  public String getAnswerType() {
    return answerType;
  }

  public String getAnswerLocation() {
    return answerLocation;
  }

  public String getAnswerBody() {
    return answerBody;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
