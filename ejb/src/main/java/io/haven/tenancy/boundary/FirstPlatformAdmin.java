package io.haven.tenancy.boundary;

import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.tenancy.control.Passwords;
import io.haven.tenancy.entity.ConsoleUser;
import io.haven.tenancy.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first platform admin of an installation without the demo (INSTALL.md): when
 * {@code HAVEN_ADMIN_PASSWORD} ({@code haven.admin.password}) is set and no platform admin exists
 * yet, creates one named {@code HAVEN_ADMIN_USER} (default {@code platform}) with that password.
 * Once any platform admin exists the setting is ignored, so it can be removed after the first
 * start and a password changed in the console is never reset by a restart.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "AuditIntegration"})
public class FirstPlatformAdmin {

  private static final Logger LOG = Logger.getLogger(FirstPlatformAdmin.class.getName());

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject Passwords passwords;
  @Inject RequestContextController requestContext;

  @Inject
  @ConfigProperty(name = "haven.admin.user", defaultValue = "platform")
  String username;

  @Inject
  @ConfigProperty(name = "haven.admin.password")
  Optional<String> password;

  @PostConstruct
  void create() {
    if (password.isEmpty() || password.get().isBlank()) {
      return;
    }
    // A weak password stops the start here, with the rule in the log, not later at sign-in.
    Passwords.requireAcceptable("password", password.get());
    // No request is being served at start-up: the tenant context needs a request scope of its own.
    boolean activated = requestContext.activate();
    try {
      tenant.acrossTenants("first-platform-admin", () -> {
        if (em.createQuery("select count(u) from ConsoleUser u where u.role = :r", Long.class)
                .setParameter("r", Role.PLATFORM_ADMIN)
                .getSingleResult()
            == 0) {
          ConsoleUser admin =
              new ConsoleUser(username, "Platform Admin", Role.PLATFORM_ADMIN, passwords.hash("password", password.get()), StoredTime.now());
          admin.assignTenant(TenantContext.PLATFORM);
          em.persist(admin);
          LOG.info("Created the first platform admin '" + username + "' (HAVEN_ADMIN_PASSWORD)");
        }
        return null;
      });
    } finally {
      if (activated) {
        requestContext.deactivate();
      }
    }
  }
}
