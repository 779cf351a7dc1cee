package io.haven.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One write, as the audit trail recorded it: who, in which tenant, what, when, and a before/after
 * summary. Written by {@code AuditTrail} in the same transaction as the write; read-only here.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

  @Id private Long id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(nullable = false, length = 16)
  private String action;

  @Column(name = "entity_type", nullable = false, length = 64)
  private String entityType;

  @Column(name = "entity_id", length = 64)
  private String entityId;

  @Column(nullable = false, length = 4000)
  private String summary;

  protected AuditEntry() {}

  public Long getId() {
    return id;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getSummary() {
    return summary;
  }
}
