package io.haven.bench.driver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * B3's denominator: the writes a signed, idempotent completion cannot do without, in plain JDBC at
 * the same concurrency on the same MariaDB, as one transaction: claim the idempotency key (insert),
 * the member's growth under the task's per-cycle guard (update … where count &lt; limit), the
 * completion row, the stored answer for retries (update), commit. Signature checks, HTTP, JPA and
 * reading the task are not in it: it is the ceiling for what a completion must write.
 */
final class RawCompletionCeiling {

  /** The task's per-cycle limit: high enough that the guard never refuses during a run. */
  static final long PER_CYCLE = 1_000_000_000L;

  private final String url;
  private final String user;
  private final String password;

  RawCompletionCeiling(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  void prepare(int members) throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute("drop table if exists raw_completion");
      s.execute("drop table if exists raw_request");
      s.execute("drop table if exists raw_member");
      s.execute(
          "create table raw_request (id bigint auto_increment primary key, tenant_id bigint not null, idempotency_key varchar(64) not null,"
              + " fingerprint varchar(64) not null, state varchar(16) not null, answer_status int, answer_body varchar(8000),"
              + " created_at datetime(6) not null, unique key uk_raw_request (tenant_id, idempotency_key)) engine=InnoDB");
      s.execute(
          "create table raw_member (id bigint primary key, growth_value bigint not null, cycle_count bigint not null,"
              + " constraint ck_raw_member_growth check (growth_value >= 0)) engine=InnoDB");
      s.execute(
          "create table raw_completion (id bigint auto_increment primary key, task_id bigint not null, member_id bigint not null,"
              + " cycle_index bigint not null, seq bigint not null, occurred_at datetime(6) not null, reference varchar(64),"
              + " growth int not null, growth_after bigint not null, recorded_at datetime(6) not null,"
              + " unique key uk_raw_completion (task_id, member_id, cycle_index, seq)) engine=InnoDB");
      for (int m = 0; m < members; m++) {
        s.execute("insert into raw_member values (" + m + ", 0, 0)");
      }
    }
  }

  Measured measure(int concurrency, Protocol protocol, Costs costs) throws Exception {
    Connection[] connections = new Connection[concurrency];
    PreparedStatement[][] statements = new PreparedStatement[concurrency][];
    for (int i = 0; i < concurrency; i++) {
      Connection c = DriverManager.getConnection(url, user, password);
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      connections[i] = c;
      statements[i] =
          new PreparedStatement[] {
            c.prepareStatement(
                "insert into raw_request (tenant_id, idempotency_key, fingerprint, state, created_at) values (1, ?, ?, 'IN_FLIGHT', now(6))",
                Statement.RETURN_GENERATED_KEYS),
            c.prepareStatement(
                "update raw_member set growth_value = growth_value + 1, cycle_count = cycle_count + 1 where id = ? and cycle_count < " + PER_CYCLE),
            c.prepareStatement(
                "insert into raw_completion (task_id, member_id, cycle_index, seq, occurred_at, reference, growth, growth_after, recorded_at)"
                    + " select 1, id, 0, cycle_count, ?, ?, 1, growth_value, now(6) from raw_member where id = ?"),
            c.prepareStatement("update raw_request set state = 'COMPLETED', answer_status = 201, answer_body = ? where id = ?")
          };
    }
    String run = Long.toString(System.nanoTime(), 36);
    try {
      return ClosedLoop.run(
          "raw-completion",
          concurrency,
          protocol,
          costs,
          false,
          (worker, sequence) -> {
            PreparedStatement[] st = statements[worker];
            String key = "k-" + run + "-" + sequence;
            st[0].setString(1, key);
            st[0].setString(2, Integer.toHexString(key.hashCode()));
            st[0].executeUpdate();
            long requestId;
            try (ResultSet keys = st[0].getGeneratedKeys()) {
              keys.next();
              requestId = keys.getLong(1);
            }
            st[1].setLong(1, worker);
            if (st[1].executeUpdate() != 1) {
              connections[worker].rollback();
              return ClosedLoop.Outcome.REFUSED;
            }
            st[2].setTimestamp(1, Timestamp.from(Instant.now()));
            st[2].setString(2, "r-" + run + "-" + sequence);
            st[2].setLong(3, worker);
            st[2].executeUpdate();
            st[3].setString(1, "{\"memberId\":\"bench-" + worker + "\",\"growth\":1,\"reference\":\"r-" + run + "-" + sequence + "\"}");
            st[3].setLong(2, requestId);
            st[3].executeUpdate();
            connections[worker].commit();
            return ClosedLoop.Outcome.OK;
          });
    } finally {
      for (Connection c : connections) {
        c.close();
      }
    }
  }
}
