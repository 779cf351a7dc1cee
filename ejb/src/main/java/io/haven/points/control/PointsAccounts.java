package io.haven.points.control;

import io.haven.common.StoredTime;
import io.haven.common.NotFound;
import io.haven.points.boundary.PointsRuleBroken;
import io.haven.points.entity.PointsAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;

/**
 * Opens members' accounts and takes the account row lock. Anything that moves points locks the
 * account first (and, in a redemption, after the stock row: always stock, then account), so
 * concurrent movements of one member run one after the other.
 */
@Dependent
public class PointsAccounts {

  /** How long a movement waits for the account lock before answering "busy". */
  static final int LOCK_TIMEOUT_MS = 5000;

  @PersistenceContext EntityManager em;

  /** Every member gets an account when they are created, so no movement races to create one. */
  public PointsAccount openFor(long productId, long memberId) {
    PointsAccount account = new PointsAccount(productId, memberId, StoredTime.now());
    em.persist(account);
    return account;
  }

  public PointsAccount lock(long memberId) {
    try {
      return em.createQuery("select a from PointsAccount a where a.memberId = :m", PointsAccount.class)
          .setParameter("m", memberId)
          .setLockMode(LockModeType.PESSIMISTIC_WRITE)
          .setHint("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS)
          .getResultStream()
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
