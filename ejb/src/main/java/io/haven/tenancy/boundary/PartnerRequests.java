package io.haven.tenancy.boundary;

import io.haven.common.HavenException;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.tenancy.entity.PartnerRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Exactly-once partner POSTs (V5), per tenant and Idempotency-Key, in <em>one</em> transaction:
 * {@link #once} inserts the key's row, runs the work and stores its answer on the row, then
 * commits — all of it or nothing. The unique constraint on (tenant, key) decides races: a second
 * request under a key whose first request has not committed waits on that uncommitted row (the
 * database's lock wait, 5 s) and then either finds the first answer (it committed: replayed), or
 * takes the key itself (it rolled back), or, still waiting at the lock timeout, is told the key is
 * in flight (409). The same key with another request (fingerprint) is refused (422).
 *
 * <p>Bean-managed, because the one transaction has a second ending: a broken business rule rolls
 * the work back, and the refusal is then kept as the key's answer in a transaction of its own (one
 * insert), so a retry gets the same refusal instead of running again — as before. Work that fails
 * unexpectedly, or is refused as busy, leaves no row behind: a retry may run it. A server that
 * stops mid-request leaves nothing either (its transaction never commits), so no claim can be
 * abandoned.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class PartnerRequests {

  private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  private static final String CLAIM =
      "insert into partner_request (tenant_id, idempotency_key, fingerprint, state, created_at) values (?, ?, ?, 'IN_FLIGHT', ?)";
  private static final String KEEP =
      "insert into partner_request (tenant_id, idempotency_key, fingerprint, state, created_at,"
          + " answer_status, answer_type, answer_location, answer_body) values (?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?)";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Resource UserTransaction transaction;

  /** What inserting a key's row found. */
  private enum Claim {
    CLAIMED,
    TAKEN,
    IN_FLIGHT
  }

  /**
   * Runs {@code work} once for this key and request: answers what it returned (stored with the key
   * in the work's own transaction), or the first answer a request with this key got (replayed), or
   * the refusal a broken rule of the work maps to (kept as the key's answer). Throws
   * {@link PartnerRequestRefused} for a key in flight or used for another request, and whatever
   * the work threw when it failed unexpectedly or was busy (the key is then free again).
   */
  public PartnerAnswer once(
      String idempotencyKey, String fingerprint, Supplier<PartnerAnswer> work, Function<HavenException, PartnerAnswer> refusal) {
    long tenantId = tenant.tenantId();
    begin();
    try {
      Claim claim = insert(CLAIM, tenantId, idempotencyKey, fingerprint, null);
      if (claim != Claim.CLAIMED) {
        rollback();
        return earlier(claim, idempotencyKey, fingerprint);
      }
      PartnerAnswer answer;
      try {
        answer = work.get();
      } catch (HavenException rule) {
        rollback();
        if (rule.kind() == HavenException.Kind.BUSY || rule.kind().status >= 500) {
          throw rule; // may pass when retried: the key is free again
        }
        // a broken rule is the request's answer: a retry would break it again, so keep it
        return keep(tenantId, idempotencyKey, fingerprint, refusal.apply(rule));
      }
      store(tenantId, idempotencyKey, answer);
      transaction.commit();
      return answer;
    } catch (RuntimeException failure) {
      rollback();
      throw failure;
    } catch (Exception commitFailed) {
      rollback();
      throw new IllegalStateException("partner request " + idempotencyKey + " did not commit", commitFailed);
    }
  }

  /** Forgets keys created before the cutoff, in all tenants. */
  public int forgetBefore(Instant cutoff) {
    begin();
    try {
      int forgotten =
          em.createNativeQuery("delete from partner_request where created_at < ?1").setParameter(1, cutoff).executeUpdate();
      transaction.commit();
      return forgotten;
    } catch (RuntimeException failure) {
      rollback();
      throw failure;
    } catch (Exception commitFailed) {
      rollback();
      throw new IllegalStateException("old idempotency keys were not forgotten", commitFailed);
    }
  }

  /** Keeps a refusal as the key's answer, in one insert, unless another request took the key meanwhile. */
  private PartnerAnswer keep(long tenantId, String idempotencyKey, String fingerprint, PartnerAnswer answer) {
    requireKeepable(answer);
    begin();
    try {
      Claim claim = insert(KEEP, tenantId, idempotencyKey, fingerprint, answer);
      if (claim != Claim.CLAIMED) {
        rollback();
        return earlier(claim, idempotencyKey, fingerprint);
      }
      transaction.commit();
      return answer;
    } catch (RuntimeException failure) {
      rollback();
      throw failure;
    } catch (Exception commitFailed) {
      rollback();
      throw new IllegalStateException("refusal of " + idempotencyKey + " was not kept", commitFailed);
    }
  }

  /**
   * Inserts the key's row through the connection itself, so that a duplicate key or a lock timeout
   * comes back as an answer instead of an exception that would mark the transaction for rollback.
   */
  private Claim insert(String sql, long tenantId, String idempotencyKey, String fingerprint, PartnerAnswer answer) {
    Timestamp now = Timestamp.from(StoredTime.now());
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setLong(1, tenantId);
                insert.setString(2, idempotencyKey);
                insert.setString(3, fingerprint);
                insert.setTimestamp(4, now, UTC);
                if (answer != null) {
                  insert.setInt(5, answer.status());
                  insert.setString(6, answer.type());
                  insert.setString(7, answer.location());
                  insert.setString(8, answer.body());
                }
                insert.executeUpdate();
                return Claim.CLAIMED;
              } catch (SQLException e) {
                if (duplicate(e)) {
                  return Claim.TAKEN;
                }
                if (lockTimedOut(e)) {
                  return Claim.IN_FLIGHT;
                }
                throw e;
              }
            });
  }

  /** The answer of the request that holds the key, or why there is none to give. */
  private PartnerAnswer earlier(Claim claim, String idempotencyKey, String fingerprint) {
    if (claim == Claim.IN_FLIGHT) {
      throw PartnerRequestRefused.inFlight();
    }
    PartnerRequest earlier =
        em.createQuery("select r from PartnerRequest r where r.idempotencyKey = :k", PartnerRequest.class)
            .setParameter("k", idempotencyKey)
            .getResultStream()
            .findFirst()
            // its holder rolled back right after we hit its row: the key is free, the caller may retry
            .orElseThrow(PartnerRequestRefused::inFlight);
    if (!earlier.getFingerprint().equals(fingerprint)) {
      throw PartnerRequestRefused.keyReused();
    }
    if (earlier.getState() == PartnerRequest.State.IN_FLIGHT) {
      // only rows a server before the one-transaction version committed as claims; purged after 48 h
      throw PartnerRequestRefused.inFlight();
    }
    return PartnerAnswer.of(earlier.getAnswerStatus(), earlier.getAnswerType(), earlier.getAnswerLocation(), earlier.getAnswerBody())
        .asReplay();
  }

  private void store(long tenantId, String idempotencyKey, PartnerAnswer answer) {
    requireKeepable(answer);
    int stored =
        em.createNativeQuery(
                "update partner_request set state = 'COMPLETED', answer_status = ?1, answer_type = ?2,"
                    + " answer_location = ?3, answer_body = ?4 where tenant_id = ?5 and idempotency_key = ?6")
            .setParameter(1, answer.status())
            .setParameter(2, answer.type())
            .setParameter(3, answer.location())
            .setParameter(4, answer.body())
            .setParameter(5, tenantId)
            .setParameter(6, idempotencyKey)
            .executeUpdate();
    if (stored != 1) {
      throw new IllegalStateException("Idempotency-Key " + idempotencyKey + " has no row in this transaction");
    }
  }

  private static void requireKeepable(PartnerAnswer answer) {
    if (answer.body() != null && answer.body().length() > PartnerRequest.BODY_MAX) {
      throw new IllegalArgumentException("answer too long to keep: " + answer.body().length());
    }
  }

  /** Unique key violated: SQLState class 23 (MySQL/MariaDB 23000, H2 23505). */
  private static boolean duplicate(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }

  /** Waited for another transaction's row past the lock timeout (MySQL/MariaDB 1205, H2 50200). */
  private static boolean lockTimedOut(SQLException e) {
    return e.getErrorCode() == 1205 || e.getErrorCode() == 50200 || "HYT00".equals(e.getSQLState());
  }

  private void begin() {
    try {
      transaction.begin();
    } catch (Exception e) {
      throw new IllegalStateException("cannot begin a transaction", e);
    }
  }

  private void rollback() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      throw new IllegalStateException("cannot roll back", e);
    }
  }
}
