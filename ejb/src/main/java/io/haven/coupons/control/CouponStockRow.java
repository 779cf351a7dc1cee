package io.haven.coupons.control;

import io.haven.common.TenantContext;
import io.haven.common.TenantNamedStatement;
import io.haven.coupons.boundary.CouponBusy;
import io.haven.coupons.entity.CouponStock;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;

/**
 * The coupon's stock row, the hot row of a claim — the inventory {@code StockLedger} pattern for
 * coupons: {@link #lock} takes the row lock (PESSIMISTIC_WRITE with a time-out, answering "busy"),
 * last in the claim after the member's rows; {@link #takeOne} is a bulk update that carries its
 * own guard ({@code remaining >= 1}, exactly one row changed), so a path that forgot the lock
 * still cannot issue more than the stock; the CHECK {@code remaining >= 0} stands behind both.
 * Bulk updates bypass {@code @TenantId}: the tenant predicate is written by hand.
 */
@Dependent
public class CouponStockRow {

  static final int LOCK_TIMEOUT_MS = 3000;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** The coupon's remaining stock as of the lock, held until the transaction ends; -1 for no row in this tenant. */
  public long lock(long couponId) {
    long tenantId = tenant.tenantId();
    try {
      return TenantNamedStatement.run(
              em,
              () ->
                  em.createQuery("select s from CouponStock s where s.couponId = :c and s.tenantId = :t", CouponStock.class)
                      .setParameter("c", couponId)
                      .setParameter("t", tenantId)
                      .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                      .setHint("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS)
                      .getResultList())
          .stream()
          .findFirst()
          .map(CouponStock::getRemaining)
          .orElse(-1L);
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new CouponBusy("The coupon's stock");
    }
  }

  /** Takes one unit: true when taken, false when none is left. One statement. */
  public boolean takeOne(long couponId) {
    long tenantId = tenant.tenantId();
    try {
      int changed =
          TenantNamedStatement.run(
              em,
              () ->
                  em.createQuery(
                          "update CouponStock s set s.remaining = s.remaining - 1, s.version = s.version + 1"
                              + " where s.couponId = :c and s.tenantId = :t and s.remaining >= 1")
                      .setParameter("c", couponId)
                      .setParameter("t", tenantId)
                      .executeUpdate());
      return changed == 1;
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new CouponBusy("The coupon's stock");
    }
  }
}
