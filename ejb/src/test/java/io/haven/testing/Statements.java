package io.haven.testing;

import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts what a piece of work sends to the database, for regression guards on hot paths ("a
 * redemption is N statements, at most 3 of them while the stock row is locked").
 *
 * <p>It listens to the datasource's JDBC spy (the {@code jboss.jdbc.spy} category, switched on
 * for the test servers by {@code -Dhaven.db.spy=true}, see 10-datasource.cli): every call the
 * application makes on a pooled connection or statement is a record there, on the thread that
 * made it. Only the calling thread's records are counted, so other tests' or the server's own
 * work (timers) cannot change a count. The spy does not see the connection pool's own
 * transaction calls, so commits and rollbacks are counted where the application or Hibernate
 * makes them; a JTA transaction's commit is reported by {@link Tally#commits()} only when it
 * passes through the wrapper — tests assert statements, not commits, unless they check which.
 */
@Dependent
public class Statements {

  static final String CATEGORY = "jboss.jdbc.spy";

  /** What one piece of work sent: every spied call, in order, and the counts tests assert. */
  public record Tally(List<String> calls) {

    /** Statements executed (a round trip each): execute, executeQuery, executeUpdate, executeBatch. */
    public int executed() {
      return (int) calls.stream().filter(Tally::isExecution).count();
    }

    public int commits() {
      return (int) calls.stream().filter(c -> c.contains("] commit(")).count();
    }

    /**
     * Statements executed from the first that locks a stock row ({@code select … from sub_inventory
     * … for update}, or a guarded {@code update sub_inventory …}) to the end of the work, that one
     * included: how long the hot row stays locked, in round trips (the commit that ends it comes
     * after).
     */
    public int whileStockLocked() {
      return whileLocked("sub_inventory");
    }

    /**
     * The same for any hot row: statements from the first that locks a row of {@code table}
     * ({@code select … from <table> … for update}, or {@code update <table> …}) to the end of the
     * work, that one included; 0 when no row of the table was locked.
     */
    public int whileLocked(String table) {
      int count = 0;
      boolean locked = false;
      String prepared = "";
      for (String call : calls) {
        String lower = call.toLowerCase(Locale.ROOT);
        if (lower.contains("preparestatement(")) {
          prepared = lower;
        }
        if (isExecution(call)) {
          if (!locked
              && ((prepared.contains("from " + table + " ") && prepared.contains("for update")) || prepared.contains("update " + table + " "))) {
            locked = true;
          }
          if (locked) {
            count++;
          }
        }
      }
      return count;
    }

    /** The SQL texts prepared, in order: for a failing assertion's message. */
    public List<String> sql() {
      return calls.stream().filter(c -> c.contains("prepareStatement(") || c.contains("createStatement(")).toList();
    }

    @Override
    public String toString() {
      // the statements, not every getter on a result set
      return executed() + " statements, " + commits() + " commits:\n  "
          + String.join("\n  ", calls.stream().filter(c -> c.contains("prepareStatement(") || isExecution(c) || c.contains("] commit(")).toList());
    }

    private static boolean isExecution(String call) {
      return call.contains("] execute(") || call.contains("] executeQuery(") || call.contains("] executeUpdate(")
          || call.contains("] executeBatch(") || call.contains("] executeLargeUpdate(");
    }
  }

  /** Runs {@code work} on this thread and answers what it sent to the database. */
  public Tally count(Runnable work) {
    try {
      return counting(
          () -> {
            work.run();
            return null;
          })
          .tally();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code work} on this thread; answers its result with what it sent to the database. */
  public <T> Counted<T> counting(Callable<T> work) throws Exception {
    Logger spy = Logger.getLogger(CATEGORY);
    Thread me = Thread.currentThread();
    List<String> calls = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (Thread.currentThread() == me) {
              String message = record.getMessage();
              Object[] parameters = record.getParameters();
              if (parameters != null && parameters.length > 0 && message != null && message.contains("%")) {
                message = String.format(message, parameters);
              }
              calls.add(message);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level before = spy.getLevel();
    boolean parents = spy.getUseParentHandlers();
    handler.setLevel(Level.ALL);
    spy.addHandler(handler);
    spy.setUseParentHandlers(false); // keep the server log readable
    spy.setLevel(Level.FINEST);
    try {
      T result = work.call();
      return new Counted<>(result, new Tally(List.copyOf(calls)));
    } finally {
      spy.setLevel(before);
      spy.setUseParentHandlers(parents);
      spy.removeHandler(handler);
    }
  }

  /** A result and what producing it sent to the database. */
  public record Counted<T>(T result, Tally tally) {}
}
