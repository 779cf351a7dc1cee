package io.haven.testing;

import io.haven.common.TenantContext;
import io.haven.tenancy.boundary.EnterpriseView;
import io.haven.tenancy.boundary.PlatformEnterprises;
import io.haven.tenancy.entity.Edition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Opens fresh enterprises through the real platform boundary and switches the request's tenant,
 * so each test works on data of its own and can act as "the other tenant".
 */
@RequestScoped
public class Tenants {

  public static final String PASSWORD = "Test-Pass-123";

  @Inject TenantContext context;
  @Inject PlatformEnterprises platform;

  /** A new PAID enterprise with an admin "admin-{suffix}"; returns its tenant id. */
  public long open(String name) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    EnterpriseView view =
        context.acrossTenants("test-platform", () -> platform.open(name, Edition.PAID, "admin-" + suffix, "Admin " + name, PASSWORD));
    return view.id();
  }

  public void actAs(long tenantId) {
    context.enterTenant(tenantId, "tester@" + tenantId);
  }

  public <T> T as(long tenantId, Supplier<T> work) {
    actAs(tenantId);
    try {
      return work.get();
    } finally {
      context.leave();
    }
  }
}
