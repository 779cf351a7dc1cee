package io.haven.points.control;

import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.common.TenantNamedStatement;
import io.haven.points.boundary.PointsRuleBroken;
import io.haven.points.entity.PointsAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;

/**
 * Opens members' accounts and takes the account row lock. Anything that moves points locks the
 * account first (in a redemption too: accounts and counters before the stock row, which is locked
 * last — ARCHITECTURE § Stock, points and locks), so concurrent movements of one member run one
 * after the other.
 */
@Dependent
public class PointsAccounts {

  /** How long a movement waits for the account lock before answering "busy". */
  static final int LOCK_TIMEOUT_MS = 5000;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** Every member gets an account when they are created, so no movement races to create one. */
  public PointsAccount openFor(long productId, long memberId) {
    PointsAccount account = new PointsAccount(productId, memberId, StoredTime.now());
    em.persist(account);
    return account;
  }

  /**
   * The member's account, row-locked. Every debit and credit starts here, so the statement names
   * its tenant itself and runs as a {@link TenantNamedStatement}: its plan is compiled once.
   */
  public PointsAccount lock(long memberId) {
    boolean oneTenant = tenant.hasTenant(); // platform work (all tenants) has no filter to lift
    try {
      return TenantNamedStatement.run(
              em,
              () -> {
                var query =
                    em.createQuery(
                            "select a from PointsAccount a where a.memberId = :m" + (oneTenant ? " and a.tenantId = :tenant" : ""),
                            PointsAccount.class)
                        .setParameter("m", memberId)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .setHint("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS);
                if (oneTenant) {
                  query.setParameter("tenant", tenant.tenantId());
                }
                return query.getResultList();
              })
          .stream()
          .findFirst()
          .orElseThrow(() -> new NotFound("Member", memberId));
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw PointsRuleBroken.busy();
    }
  }

  public PointsAccount read(long memberId) {
    return em.createQuery("select a from PointsAccount a where a.memberId = :m", PointsAccount.class)
        .setParameter("m", memberId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFound("Member", memberId));
  }
}
