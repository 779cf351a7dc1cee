package io.haven.activities.control;

import io.haven.activities.boundary.ActivityBusy;
import io.haven.activities.entity.Prize;
import io.haven.common.TenantContext;
import io.haven.common.TenantNamedStatement;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The prize's stock row, the hot row of a play — the inventory {@code StockLedger} pattern for
 * prizes: {@link #lock} takes the row lock (PESSIMISTIC_WRITE with a time-out, answering "busy"),
 * last in the play after the member's account and counters; {@link #takeOne} is a bulk update
 * that carries its own guard (a unit remaining and the day's pacing cap not reached, exactly one
 * row changed), so even a path that forgot the lock cannot award more than the stock; the CHECK
 * {@code remaining >= 0} stands behind both. Bulk updates bypass {@code @TenantId}: the tenant
 * predicate is written by hand.
 */
@Dependent
public class PrizeStock {

  static final int LOCK_TIMEOUT_MS = 3000;
  private static final Map<String, Object> LOCK_HINTS =
      Map.of("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS, "javax.persistence.lock.timeout", LOCK_TIMEOUT_MS);

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** The prize, row-locked until the transaction ends, with its counts as of the lock; null for none in this tenant. */
  public Prize lock(long prizeId) {
    long tenantId = tenant.tenantId();
    try {
      SessionImplementor session = em.unwrap(SessionImplementor.class);
      var persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(Prize.class);
      Prize managed = (Prize) session.getPersistenceContextInternal().getEntity(session.generateEntityKey(prizeId, persister));
      if (managed != null) {
        // a find would lock it but keep counts read before the lock: refresh under it
        em.refresh(managed, LockModeType.PESSIMISTIC_WRITE, LOCK_HINTS);
        return managed;
      }
      return TenantNamedStatement.run(
              em,
              () ->
                  em.createQuery("select p from Prize p where p.id = :id and p.tenantId = :tenant", Prize.class)
                      .setParameter("id", prizeId)
                      .setParameter("tenant", tenantId)
                      .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                      .setHint("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS)
                      .getResultList())
          .stream()
          .findFirst()
          .orElse(null);
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new ActivityBusy("The prize");
    }
  }

  /**
   * Takes one unit for a winner on {@code day} (the enterprise's calendar day, for pacing): true
   * when taken, false when none is left or the day's cap is reached. One statement; the pacing
   * count is assigned before the day (MySQL applies SET clauses left to right).
   */
  public boolean takeOne(long prizeId, LocalDate day) {
    long tenantId = tenant.tenantId();
    try {
      int changed =
          TenantNamedStatement.run(
              em,
              () ->
                  em.createQuery(
                          "update Prize p set p.remaining = p.remaining - 1,"
                              + " p.pacedCount = case when p.pacedDay = :day then p.pacedCount + 1 else 1 end,"
                              + " p.pacedDay = :day, p.version = p.version + 1"
                              + " where p.id = :id and p.tenantId = :tenant and p.remaining >= 1"
                              + " and (p.dailyCap = -1 or p.pacedDay is null or p.pacedDay <> :day or p.pacedCount < p.dailyCap)")
                      .setParameter("day", day)
                      .setParameter("id", prizeId)
                      .setParameter("tenant", tenantId)
                      .executeUpdate());
      return changed == 1;
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new ActivityBusy("The prize");
    }
  }
}
