package io.haven.common;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * What every tenant-owned row has: a generated id, the tenant (enterprise) it belongs to — which
 * Hibernate stamps on insert and adds to every query — and an optimistic-lock version.
 */
@MappedSuperclass
public abstract class TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Version private long version;

  /**
   * Only for platform-level work (opening an enterprise, seeding), where the session sees all
   * tenants; inside a tenant's session Hibernate refuses any other value.
   */
  public void assignTenant(long tenantId) {
    this.tenantId = tenantId;
  }

  public Long getId() {
    return id;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public long getVersion() {
    return version;
  }
}
