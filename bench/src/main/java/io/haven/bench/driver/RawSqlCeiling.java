package io.haven.bench.driver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * B2's denominator: the same pattern as a redemption on one hot row, in plain JDBC with the same
 * concurrency on the same MariaDB: {@code SELECT … FOR UPDATE; UPDATE; INSERT; COMMIT}. Nothing an
 * application server adds (HTTP, sessions, JPA, the ledger, limits) is in it: it is the ceiling.
 */
final class RawSqlCeiling {

  private final String url;
  private final String user;
  private final String password;

  RawSqlCeiling(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  void prepare() throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute("drop table if exists raw_order");
      s.execute("drop table if exists raw_stock");
      s.execute("create table raw_stock (id bigint primary key, available bigint not null) engine=InnoDB");
      s.execute("create table raw_order (id bigint auto_increment primary key, stock_id bigint not null, member bigint not null, at datetime(6) not null) engine=InnoDB");
      s.execute("insert into raw_stock values (1, 1000000000)");
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
            c.prepareStatement("select available from raw_stock where id = 1 for update"),
            c.prepareStatement("update raw_stock set available = available - 1 where id = 1 and available >= 1"),
            c.prepareStatement("insert into raw_order (stock_id, member, at) values (1, ?, now(6))")
          };
    }
    try {
      return ClosedLoop.run(
          "raw-sql",
          concurrency,
          protocol,
          costs,
          false,
          (worker, sequence) -> {
            PreparedStatement[] st = statements[worker];
            try (ResultSet rs = st[0].executeQuery()) {
              rs.next();
            }
            if (st[1].executeUpdate() != 1) {
              connections[worker].rollback();
              return ClosedLoop.Outcome.REFUSED;
            }
            st[2].setLong(1, worker);
            st[2].executeUpdate();
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
