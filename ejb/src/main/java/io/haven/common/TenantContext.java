package io.haven.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import java.util.function.Supplier;

/**
 * Whose data the current request may see. Each surface sets it before calling a boundary: the
 * console from the signed-in user's enterprise, the storefront from the product appId in the
 * URL, the API from the verified credentials. Hibernate reads it (through {@link TenantResolver})
 * when a transaction first touches the database, so it must be set before that and cannot change
 * inside one transaction.
 */
@RequestScoped
public class TenantContext {

  /** Matches no row: what a request sees when nobody set a tenant. */
  public static final long NO_TENANT = -1L;
  /** Sees every tenant's rows; only platform-level work (sign-in lookup, platform admin) runs so. */
  public static final long ALL_TENANTS = Long.MIN_VALUE;
  /** The platform's own rows (platform admins) carry this tenant id. */
  public static final long PLATFORM = 0L;

  /**
   * The client proxy, looked up once: Hibernate's {@link TenantResolver} and the audit trail are
   * not CDI beans and ask for the context on every session and entity event; {@code CDI.current()}
   * finds the bean manager and resolves the bean each time (a visible share of a redemption's CPU).
   * The proxy itself is safe to share: each call goes to the current request's instance, and
   * outside a request it throws {@code ContextNotActiveException} as the lookup did.
   */
  private static volatile TenantContext current;

  private long tenantId = NO_TENANT;
  private String actor = "anonymous";

  /** The request's context (its client proxy), for code outside CDI. */
  public static TenantContext current() {
    TenantContext proxy = current;
    if (proxy == null) {
      proxy = CDI.current().select(TenantContext.class).get();
      current = proxy;
    }
    return proxy;
  }

  public void enterTenant(long tenantId, String actor) {
    if (tenantId <= PLATFORM) {
      throw new IllegalArgumentException("not an enterprise tenant: " + tenantId);
    }
    this.tenantId = tenantId;
    this.actor = actor;
  }

  /** Platform operator's requests: unscoped. Only reachable behind the PLATFORM_ADMIN role. */
  public void enterPlatform(String actor) {
    this.tenantId = ALL_TENANTS;
    this.actor = actor;
  }

  public void leave() {
    this.tenantId = NO_TENANT;
    this.actor = "anonymous";
  }

  /**
   * Runs a platform-level lookup (it must open its own transaction) across all tenants, then
   * restores what was set before.
   */
  public <T> T acrossTenants(String actor, Supplier<T> work) {
    long savedTenant = tenantId;
    String savedActor = this.actor;
    this.tenantId = ALL_TENANTS;
    this.actor = actor;
    try {
      return work.get();
    } finally {
      this.tenantId = savedTenant;
      this.actor = savedActor;
    }
  }

  public boolean hasTenant() {
    return tenantId > PLATFORM;
  }

  public boolean isAllTenants() {
    return tenantId == ALL_TENANTS;
  }

  /** The enterprise whose data this request works on; fails when none is set. */
  public long tenantId() {
    if (!hasTenant()) {
      throw new NoTenantSelected();
    }
    return tenantId;
  }

  long rawTenantId() {
    return tenantId;
  }

  public String actor() {
    return actor;
  }
}
