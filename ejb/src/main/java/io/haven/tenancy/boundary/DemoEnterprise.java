package io.haven.tenancy.boundary;

import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.tenancy.control.Passwords;
import io.haven.tenancy.control.SecretVault;
import io.haven.tenancy.entity.ApiCredential;
import io.haven.tenancy.entity.ConsoleUser;
import io.haven.tenancy.entity.Edition;
import io.haven.tenancy.entity.Enterprise;
import io.haven.tenancy.entity.LoginScheme;
import io.haven.tenancy.entity.Product;
import io.haven.tenancy.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo when {@code haven.demo.seed=true} (the run command sets it): a platform admin and
 * "Demo Coffee" (PAID, hosted login confirmed) with two products, an enterprise admin, an operator
 * and partner-API credentials for the app. Idempotent: whatever exists is left as it is.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "AuditIntegration"})
public class DemoEnterprise {

  public static final String PLATFORM_ADMIN = "platform";
  public static final String ADMIN = "demo-admin";
  public static final String OPERATOR = "demo-operator";
  public static final String APP_ID = "hvdemocoffeeapp001";
  public static final String MINI_APP_ID = "hvdemocoffeemini01";

  private static final Logger LOG = Logger.getLogger(DemoEnterprise.class.getName());

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject Passwords passwords;
  @Inject SecretVault vault;

  @Inject
  @ConfigProperty(name = "haven.demo.seed", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "haven.demo.password", defaultValue = "Haven-Demo-2026")
  String password;

  @Inject
  @ConfigProperty(name = "haven.demo.api-secret", defaultValue = "demo-partner-secret-change-me")
  String apiSecret;

  @Inject RequestContextController requestContext;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    // No request is being served at start-up: the tenant context needs a request scope of its own.
    boolean activated = requestContext.activate();
    try {
      tenant.acrossTenants("demo-seed", () -> {
        seedAll();
        return null;
      });
    } finally {
      if (activated) {
        requestContext.deactivate();
      }
    }
  }

  private void seedAll() {
    Instant now = StoredTime.now();
    if (!userExists(PLATFORM_ADMIN)) {
      ConsoleUser platform =
          new ConsoleUser(PLATFORM_ADMIN, "Platform Admin", Role.PLATFORM_ADMIN, passwords.hash("password", password), now);
      platform.assignTenant(TenantContext.PLATFORM);
      em.persist(platform);
    }
    boolean exists =
        !em.createQuery("select p.id from Product p where p.appId = :a", Long.class)
            .setParameter("a", APP_ID)
            .getResultList()
            .isEmpty();
    if (exists) {
      LOG.info("Demo enterprise already seeded");
      return;
    }
    Enterprise demo = new Enterprise("Demo Coffee", Edition.PAID, now);
    demo.confirmLoginScheme(LoginScheme.HOSTED_LOGIN, null, "demo-seed", now);
    em.persist(demo);
    em.flush();
    long tenantId = demo.getId();
    Product app = new Product("Demo Coffee App", APP_ID, 10, now);
    app.assignTenant(tenantId);
    em.persist(app);
    Product mini = new Product("Demo Coffee Mini Program", MINI_APP_ID, 10, now);
    mini.assignTenant(tenantId);
    em.persist(mini);
    for (var user : new Object[][] {{ADMIN, "Demo Admin", Role.ENTERPRISE_ADMIN}, {OPERATOR, "Demo Operator", Role.OPERATOR}}) {
      if (!userExists((String) user[0])) {
        ConsoleUser u = new ConsoleUser((String) user[0], (String) user[1], (Role) user[2], passwords.hash("password", password), now);
        u.assignTenant(tenantId);
        em.persist(u);
      }
    }
    em.flush();
    ApiCredential credential = new ApiCredential(app.getId(), APP_ID, vault.seal(apiSecret), now);
    credential.assignTenant(tenantId);
    em.persist(credential);
    LOG.info("Seeded the demo enterprise Demo Coffee (tenant " + tenantId + ")");
  }

  private boolean userExists(String username) {
    return !em.createQuery("select u.id from ConsoleUser u where u.username = :u", Long.class)
        .setParameter("u", username)
        .getResultList()
        .isEmpty();
  }
}
