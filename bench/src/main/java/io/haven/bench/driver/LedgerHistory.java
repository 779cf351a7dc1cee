package io.haven.bench.driver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * B4's long history: points-ledger rows bulk-loaded by SQL straight into Haven's database (through
 * the boundaries, ten million rows would take hours), spread evenly over the accounts of the
 * product whose members redeem, so each of them has tens of thousands of past entries. MariaDB's
 * sequence engine ({@code seq_1_to_n}) generates the rows inside the server.
 */
final class LedgerHistory {

  static final int CHUNK = 500_000;

  private final String url;
  private final String user;
  private final String password;

  LedgerHistory(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Adds {@code rows} ledger entries over the product's accounts; answers how many accounts. */
  long load(long productId, long rows) throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute("drop temporary table if exists bench_account");
      s.execute("create temporary table bench_account (n bigint primary key, account_id bigint not null, member_id bigint not null, tenant_id bigint not null)");
      try (PreparedStatement accounts =
          c.prepareStatement(
              "insert into bench_account select row_number() over (order by id) - 1, id, member_id, tenant_id from points_account where product_id = ?")) {
        accounts.setLong(1, productId);
        accounts.executeUpdate();
      }
      long count;
      try (var rs = s.executeQuery("select count(*) from bench_account")) {
        rs.next();
        count = rs.getLong(1);
      }
      if (count == 0) {
        throw new IllegalStateException("no points accounts to give a history to");
      }
      for (long from = 1; from <= rows; from += CHUNK) {
        long to = Math.min(rows, from + CHUNK - 1);
        // Balanced-looking history: +1 entries with a running-ish balance, dated backwards in time.
        s.executeUpdate(
            "insert into ledger_entry (tenant_id, account_id, member_id, amount, balance_after, source, reference, reason, actor, at)"
                + " select a.tenant_id, a.account_id, a.member_id, 1, 1 + s.seq div " + count + ", 'MANUAL', concat('bench-history-', s.seq),"
                + " 'bench history', 'bench', now(6) - interval s.seq second"
                + " from seq_" + from + "_to_" + to + " s join bench_account a on a.n = s.seq % " + count);
      }
      s.execute("analyze table ledger_entry");
      return count;
    }
  }
}
