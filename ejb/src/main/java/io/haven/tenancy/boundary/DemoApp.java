package io.haven.tenancy.boundary;

import io.haven.common.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every demo seeder of a capability shares: with the demo seeded ({@code haven.demo.seed}),
 * run its work for the Demo Coffee App as the demo enterprise, inside a request scope of its own
 * (no request is being served at start-up). Nothing happens when the demo is off or the app is
 * missing. The work goes through the real boundaries, each call its own transaction.
 */
@Dependent
public class DemoApp {

  @Inject
  @ConfigProperty(name = "haven.demo.seed", defaultValue = "false")
  boolean enabled;

  @Inject TenantContext tenant;
  @Inject ProductDirectory directory;
  @Inject RequestContextController requestContext;

  /** Runs {@code work} with the demo app's product id, acting as the demo enterprise. */
  public void seed(LongConsumer work) {
    if (!enabled) {
      return;
    }
    boolean activated = requestContext.activate();
    try {
      Optional<StorefrontProduct> app = directory.byAppId(DemoEnterprise.APP_ID);
      if (app.isEmpty()) {
        return;
      }
      tenant.enterTenant(app.get().tenantId(), "demo-seed");
      work.accept(app.get().productId());
    } finally {
      tenant.leave();
      if (activated) {
        requestContext.deactivate();
      }
    }
  }
}
