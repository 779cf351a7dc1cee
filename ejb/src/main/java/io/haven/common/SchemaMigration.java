package io.haven.common;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations when the application starts, before
 * anything else touches the database, and refuses to start (the deployment fails, saying why in
 * the log) when a migration fails or Flyway finds the schema changed by hand. Bean-managed
 * transactions: Flyway commits each migration itself, which a container transaction would forbid.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/HavenDS")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result;
    try {
      result =
          Flyway.configure(SchemaMigration.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .load()
              .migrate();
    } catch (FlywayException refused) {
      // The deployment fails with this exception; on an upgrade (deploy --force) WildFly then
      // puts the previous version back. One plain line says so before the container's long trace.
      LOG.severe(
          "Haven did not start: the database schema could not be brought up to date ("
              + refused.getMessage()
              + "). An upgrade deployed over a running version leaves that version running.");
      throw refused;
    }
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
