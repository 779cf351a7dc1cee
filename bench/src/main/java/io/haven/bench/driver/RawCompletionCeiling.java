package io.haven.bench.driver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * B3's denominator: the writes a partner completion must make, in plain JDBC on the same MariaDB at
 * the same concurrency, one member per worker: insert the idempotency row, the guarded growth
 * update, insert the completion, store the answer, commit — one transaction. No HTTP, signature,
 * JSON, JPA or cycle arithmetic: it is the ceiling a completion can approach.
 */
final class RawCompletionCeiling {

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
      s.execute("drop table if exists raw_key");
      s.execute("drop table if exists raw_member");
      s.execute("create table raw_member (id bigint primary key, growth bigint not null) engine=InnoDB");
      s.execute("create table raw_key (id bigint auto_increment primary key, k varchar(64) not null, fingerprint varchar(64) not null,"
          + " state varchar(16) not null, answer varchar(8000), at datetime(6) not null, unique key uk_raw_key (k)) engine=InnoDB");
      s.execute("create table raw_completion (id bigint auto_increment primary key, member bigint not null, seq int not null,"
          + " growth_after bigint not null, at datetime(6) not null) engine=InnoDB");
      for (int i = 0; i < members; i++) {
        s.execute("insert into raw_member values (" + i + ", 0)");
      }
    }
  }

  Measured measure(int concurrency, double warmup, double seconds) throws Exception {
    Connection[] connections = new Connection[concurrency];
    PreparedStatement[][] statements = new PreparedStatement[concurrency][];
    String run = Long.toString(System.nanoTime(), 36);
    for (int i = 0; i < concurrency; i++) {
      Connection c = DriverManager.getConnection(url, user, password);
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      connections[i] = c;
      statements[i] =
          new PreparedStatement[] {
            c.prepareStatement("insert into raw_key (k, fingerprint, state, at) values (?, 'f', 'IN_FLIGHT', now(6))"),
            c.prepareStatement("update raw_member set growth = growth + 10 where id = ? and growth <= 9000000000000000000"),
            c.prepareStatement("insert into raw_completion (member, seq, growth_after, at) values (?, 1, 0, now(6))"),
            c.prepareStatement("update raw_key set state = 'COMPLETED', answer = '{\"growthValue\":1}' where k = ?")
          };
    }
    try {
      return ClosedLoop.run(
          "raw-completion",
          concurrency,
          warmup,
          seconds,
          (worker, sequence) -> {
            PreparedStatement[] st = statements[worker];
            String key = run + "-" + worker + "-" + sequence;
            try {
              st[0].setString(1, key);
              st[0].executeUpdate();
              st[1].setLong(1, worker);
              if (st[1].executeUpdate() != 1) {
                connections[worker].rollback();
                return ClosedLoop.Outcome.REFUSED;
              }
              st[2].setLong(1, worker);
              st[2].executeUpdate();
              st[3].setString(1, key);
              st[3].executeUpdate();
              connections[worker].commit();
              return ClosedLoop.Outcome.OK;
            } catch (SQLException e) {
              connections[worker].rollback();
              throw e;
            }
          });
    } finally {
      for (Connection c : connections) {
        c.close();
      }
    }
  }
}
