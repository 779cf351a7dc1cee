package io.haven.bench.driver;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the measured window cost the machine, per operation: CPU of the WildFly and the MariaDB
 * processes (utime + stime from /proc/&lt;pid&gt;/stat), statements the database executed (deltas of
 * {@code SHOW GLOBAL STATUS}) and, when asked, how long stock rows were locked (the server's
 * stock-lock clock through the bench fixtures). The status counters are global: another client of
 * the same MariaDB is counted too, which is one more reason to run on an idle machine.
 */
final class Costs {

  static final List<String> COUNTERS =
      List.of("Questions", "Com_select", "Com_insert", "Com_insert_select", "Com_update", "Com_delete", "Com_commit", "Com_rollback", "Com_set_option");

  record Snapshot(long serverTicks, long databaseTicks, long driverTicks, Map<String, Long> status, JsonObject locks) {}

  private final long serverPid;
  private final long databasePid;
  private final double tickMillis;
  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final Http http;

  Costs(long serverPid, long databasePid, long ticksPerSecond, String jdbcUrl, String user, String password, Http http) {
    this.serverPid = serverPid;
    this.databasePid = databasePid;
    this.tickMillis = 1000.0 / ticksPerSecond;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.http = http;
  }

  Snapshot take(boolean withLocks) throws Exception {
    Map<String, Long> status = new HashMap<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show global status where variable_name in ('" + String.join("','", COUNTERS) + "')")) {
      while (rs.next()) {
        status.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2));
      }
    }
    JsonObject locks = withLocks ? http.get("/bench-fixtures/stock-locks").expect(200).json() : null;
    return new Snapshot(ticks(serverPid), ticks(databasePid), ticks(ProcessHandle.current().pid()), status, locks);
  }

  /** The window's cost per operation, as one line of the report. */
  String perOperation(Snapshot before, Snapshot after, long operations) {
    double ops = Math.max(1, operations);
    StringBuilder line = new StringBuilder();
    // The driver shares the machine: its own cost says how much of the two cores the load took.
    line.append(String.format(Locale.ROOT, "CPU/op WildFly %s, MariaDB %s, driver %s",
        cpu(before.serverTicks(), after.serverTicks(), ops), cpu(before.databaseTicks(), after.databaseTicks(), ops),
        cpu(before.driverTicks(), after.driverTicks(), ops)));
    line.append(String.format(Locale.ROOT, "; statements/op %.1f (", delta(before, after, "questions") / ops));
    for (int i = 1; i < COUNTERS.size(); i++) {
      String name = COUNTERS.get(i).toLowerCase(Locale.ROOT);
      line.append(i > 1 ? " " : "").append(name.substring(4)).append(' ').append(String.format(Locale.ROOT, "%.1f", delta(before, after, name) / ops));
    }
    line.append(')');
    if (before.locks() != null && after.locks() != null) {
      long locks = after.locks().getJsonNumber("locks").longValue() - before.locks().getJsonNumber("locks").longValue();
      long held = after.locks().getJsonNumber("heldNanos").longValue() - before.locks().getJsonNumber("heldNanos").longValue();
      line.append(String.format(Locale.ROOT, "; stock lock held %.2f ms/lock over %d locks (%.2f locks/op, longest since start %.1f ms)",
          locks == 0 ? 0 : held / 1e6 / locks, locks, locks / ops, after.locks().getJsonNumber("maxHeldNanos").longValue() / 1e6));
    }
    return line.toString();
  }

  private String cpu(long from, long to, double ops) {
    if (from < 0 || to < 0) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.2f ms", (to - from) * tickMillis / ops);
  }

  private static double delta(Snapshot before, Snapshot after, String name) {
    return after.status().getOrDefault(name, 0L) - before.status().getOrDefault(name, 0L);
  }

  /** utime + stime of a process in clock ticks, or -1 when it cannot be read. */
  private static long ticks(long pid) {
    if (pid <= 0) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // The command name (field 2) may contain spaces; the fields after its closing parenthesis don't.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (Exception e) {
      return -1;
    }
  }
}
