package io.haven.common;

import jakarta.enterprise.context.ContextNotActiveException;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hibernate asks this for the tenant of every session it opens; with {@code @TenantId} on every
 * tenant-owned entity it then filters all queries and {@code find} by that tenant and stamps it on
 * inserts. Without a tenant (no request, nobody set it) the answer matches no row.
 */
public class TenantResolver implements CurrentTenantIdentifierResolver<Long> {

  @Override
  public Long resolveCurrentTenantIdentifier() {
    try {
      return TenantContext.current().rawTenantId();
    } catch (ContextNotActiveException | IllegalStateException e) {
      return TenantContext.NO_TENANT;
    }
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return false;
  }

  @Override
  public boolean isRoot(Long tenantId) {
    return tenantId != null && tenantId == TenantContext.ALL_TENANTS;
  }
}
