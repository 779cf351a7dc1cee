package io.haven.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Runs a Flyway migration script of the deployment once more, in one transaction, against rows a
 * test made to look like data from before it (Flyway ran it at deployment, on whatever was there
 * then). The script is read from the deployment, so the test checks the very file that ships, on
 * H2 and on MariaDB. Scripts are split at ';' after stripping '--' comment lines: enough for the
 * plain statements our migrations hold.
 */
@Stateless
public class Migrations {

  @PersistenceContext EntityManager em;

  /** Answers the rows each statement changed, summed. */
  public int rerun(String script) {
    String sql;
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream("db/migration/" + script)) {
      if (in == null) {
        throw new IllegalArgumentException("no migration " + script);
      }
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder code = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.strip().startsWith("--")) {
        code.append(line).append('\n');
      }
    }
    int changed = 0;
    for (String statement : code.toString().split(";")) {
      if (!statement.isBlank()) {
        changed += em.createNativeQuery(statement).executeUpdate();
      }
    }
    return changed;
  }

  /** Sets a task image's attached flag as an older schema (or a wrong flag) would have it. */
  public void markAttached(long imageId, boolean attached) {
    em.createNativeQuery("update task_image set attached = ?1 where id = ?2").setParameter(1, attached).setParameter(2, imageId).executeUpdate();
  }
}
