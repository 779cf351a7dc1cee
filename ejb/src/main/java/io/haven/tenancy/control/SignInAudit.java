package io.haven.tenancy.control;

import io.haven.common.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Puts failed sign-ins into the enterprise's audit trail (SIGN_IN_FAILED, and SIGN_IN_LOCKED when a
 * failure started a lock), where its admin sees them. In a transaction of its own: the failed
 * sign-in itself rolls back. Attempts refused by the throttle are not written, so an attack cannot
 * turn into a stream of database writes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInAudit {

  public static final String FAILED = "SIGN_IN_FAILED";
  public static final String LOCKED = "SIGN_IN_LOCKED";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** {@code entityType}/{@code entityId} name the account (Member or ConsoleUser), if known. */
  public void failed(long tenantId, SignInAttempts.Attempt attempt, String entityType, Object entityId) {
    tenant.acrossTenants(
        "sign-in:" + attempt.account(),
        () -> {
          var session = em.unwrap(SharedSessionContractImplementor.class);
          String summary = "account: " + attempt.account() + "; from: " + attempt.address();
          AuditTrail.record(session, tenantId, FAILED, entityType, entityId, summary);
          if (attempt.startedLock()) {
            AuditTrail.record(session, tenantId, LOCKED, entityType, entityId, summary);
          }
          return null;
        });
  }
}
