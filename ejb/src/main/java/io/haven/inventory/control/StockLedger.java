package io.haven.inventory.control;

import io.haven.common.NotFound;
import io.haven.common.TenantNamedStatement;
import io.haven.common.TenantContext;
import io.haven.inventory.boundary.InventoryBusy;
import io.haven.inventory.boundary.InventoryRuleBroken;
import io.haven.inventory.boundary.OutOfStock;
import io.haven.inventory.entity.Goods;
import io.haven.inventory.entity.SubInventory;
import io.haven.tenancy.control.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Locks and moves stock, inside the caller's transaction. The mall's redemption locks the
 * sub-inventory row last ({@link #lockForRedemption}: the member's points account and counters
 * before it, always in that order) and takes units with {@link #take}: a bulk update that carries its own guard
 * ({@code available >= qty}, exactly one row changed), so even a path that forgot the lock cannot
 * oversell, and the CHECK {@code available >= 0} stands behind both. Bulk updates bypass
 * {@code @TenantId} and the entity audit events, so the tenant predicate is written by hand and
 * each movement is recorded in the audit trail here.
 */
@Dependent
public class StockLedger {

  /** How long a caller waits for a stock row lock before answering "busy". */
  static final int LOCK_TIMEOUT_MS = 3000;

  private static final Map<String, Object> LOCK_HINTS =
      Map.of("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS, "javax.persistence.lock.timeout", LOCK_TIMEOUT_MS);

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * The sub-inventory, row-locked until the transaction ends; another tenant's id is not found.
   * The hot row of a redemption: the caller has done everything else first, and after this only
   * the guarded {@link #take} and the commit follow. How long it stays locked is added to
   * {@link StockLockTimes} when the transaction completes.
   */
  public SubInventory lockForRedemption(long subInventoryId) {
    tenant.tenantId();
    SubInventory row = lock(SubInventory.class, subInventoryId);
    if (row == null) {
      throw new NotFound("Sub-inventory", subInventoryId);
    }
    timeLock();
    return row;
  }

  /**
   * What a redemption checks under the stock lock — the sub-inventory's version, whether it is
   * online, its counts and total cap — read with the row lock ({@code PESSIMISTIC_WRITE}) as plain
   * values: no entity is built for the hot row, and none is left for the commit's flush to check
   * while the row is still locked. Empty for another tenant's (or no) sub-inventory. Lock times go
   * to {@link StockLockTimes} as with {@link #lockForRedemption}.
   */
  public java.util.Optional<LockedStock> lockStock(long subInventoryId) {
    long tenantId = tenant.tenantId();
    java.util.Optional<LockedStock> row;
    try {
      // names its tenant itself: its plan is compiled once (TenantNamedStatement)
      row =
          TenantNamedStatement.run(
              em,
              () ->
                  em.createQuery(
                          "select new io.haven.inventory.control.LockedStock(s.version, s.online, s.available, s.outbound, s.totalCap)"
                              + " from SubInventory s where s.id = :id and s.tenantId = :tenant",
                          LockedStock.class)
                      .setParameter("id", subInventoryId)
                      .setParameter("tenant", tenantId)
                      .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                      .setHint("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS)
                      .getResultList()
                      .stream()
                      .findFirst());
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new InventoryBusy();
    }
    row.ifPresent(locked -> timeLock());
    return row;
  }

  private void timeLock() {
    long lockedAt = System.nanoTime();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            StockLockTimes.held(System.nanoTime() - lockedAt);
          }
        });
  }

  /** The goods row, locked: every change of its total or unallocated units runs under it. */
  public Goods lockGoods(long goodsId) {
    tenant.tenantId();
    Goods goods = lock(Goods.class, goodsId);
    if (goods == null) {
      throw new NotFound("Goods", goodsId);
    }
    return goods;
  }

  /**
   * Takes {@code qty} units out of the sub-inventory to the members (available → outbound).
   * Refuses with {@link OutOfStock} when fewer are available or the total outbound cap would be
   * passed; a managed {@link SubInventory} of this transaction keeps its old counts afterwards.
   * One statement and no audit row: it runs while the stock row is locked, and the redemption
   * that takes the units is the record of the movement.
   */
  public void take(long subInventoryId, int qty) {
    if (qty <= 0) {
      throw new IllegalArgumentException("quantity must be positive");
    }
    long tenantId = tenant.tenantId();
    // names its tenant itself: run without the tenant filter, so its plan is compiled once (TenantNamedStatement)
    int changed =
        guarded(
            () ->
                TenantNamedStatement.run(
                    em,
                    () ->
                        em.createQuery(
                                "update SubInventory s set s.available = s.available - :qty, s.outbound = s.outbound + :qty"
                                    + " where s.id = :id and s.tenantId = :tenant and s.available >= :qty"
                                    + " and (s.totalCap = -1 or s.outbound + :qty <= s.totalCap)")
                            .setParameter("qty", (long) qty)
                            .setParameter("id", subInventoryId)
                            .setParameter("tenant", tenantId)
                            .executeUpdate()));
    if (changed != 1) {
      throw whyNotTaken(subInventoryId, tenantId, qty);
    }
  }

  /**
   * Puts units of a released (unpaid, cancelled) redemption back: outbound → available, and
   * answers how many units were available before. The row is locked by its primary key first,
   * as {@link #lockForRedemption} does: an update that found the row through its tenant's
   * secondary index would lock index entries in another order than a redemption and deadlock
   * with it (seen on MariaDB in {@code RedemptionHotPathIT}).
   */
  public long putBack(long subInventoryId, int qty) {
    if (qty <= 0) {
      throw new IllegalArgumentException("quantity must be positive");
    }
    long tenantId = tenant.tenantId();
    SubInventory row = lock(SubInventory.class, subInventoryId);
    if (row == null) {
      throw new NotFound("Sub-inventory", subInventoryId);
    }
    long availableBefore = row.getAvailable();
    int changed =
        guarded(
            () ->
                em.createQuery(
                        "update SubInventory s set s.available = s.available + :qty, s.outbound = s.outbound - :qty"
                            + " where s.id = :id and s.tenantId = :tenant and s.outbound >= :qty")
                    .setParameter("qty", (long) qty)
                    .setParameter("id", subInventoryId)
                    .setParameter("tenant", tenantId)
                    .executeUpdate());
    if (changed != 1) {
      throw InventoryRuleBroken.putBackExceedsOutbound(subInventoryId, qty);
    }
    audit(tenantId, subInventoryId, "available: +" + qty + "; outbound: -" + qty + " (released)");
    return availableBefore;
  }

  /**
   * Replenishes (R6 补货): {@code qty} more units in, available and allocated total alike, by a
   * relative update that leaves the version alone (a sale that read the terms before is still
   * right: more stock changes nothing it checked). The caller holds the goods row lock and this
   * row's ({@link #lockForRedemption}), so it runs while the sub-inventory is on sale.
   */
  public void putIn(long subInventoryId, long qty) {
    if (qty <= 0) {
      throw new IllegalArgumentException("quantity must be positive");
    }
    long tenantId = tenant.tenantId();
    int changed =
        guarded(
            () ->
                em.createQuery(
                        "update SubInventory s set s.available = s.available + :qty, s.allocatedTotal = s.allocatedTotal + :qty"
                            + " where s.id = :id and s.tenantId = :tenant")
                    .setParameter("qty", qty)
                    .setParameter("id", subInventoryId)
                    .setParameter("tenant", tenantId)
                    .executeUpdate());
    if (changed != 1) {
      throw new NotFound("Sub-inventory", subInventoryId);
    }
    audit(tenantId, subInventoryId, "available: +" + qty + "; allocatedTotal: +" + qty + " (replenished)");
  }

  private RuntimeException whyNotTaken(long subInventoryId, long tenantId, int qty) {
    Object[] row = counts(subInventoryId, tenantId);
    if (row == null) {
      return new NotFound("Sub-inventory", subInventoryId);
    }
    long available = ((Number) row[0]).longValue();
    return available < qty ? OutOfStock.of(subInventoryId, qty) : OutOfStock.capReached(subInventoryId);
  }

  /** [available, outbound, totalCap] as the database has them now, or null for no such row. */
  private Object[] counts(long subInventoryId, long tenantId) {
    return em.createQuery(
            "select s.available, s.outbound, s.totalCap from SubInventory s where s.id = :id and s.tenantId = :tenant", Object[].class)
        .setParameter("id", subInventoryId)
        .setParameter("tenant", tenantId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Locks the row and answers its current state. An instance this transaction already holds is
   * refreshed under the lock: {@code find} would only lock it and keep counts read before the lock
   * (and before other transactions' sales), which a later write would then store back.
   */
  private <T> T lock(Class<T> type, long id) {
    try {
      SessionImplementor session = em.unwrap(SessionImplementor.class);
      var persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
      @SuppressWarnings("unchecked")
      T managed = (T) session.getPersistenceContextInternal().getEntity(session.generateEntityKey(id, persister));
      if (managed != null) {
        em.refresh(managed, LockModeType.PESSIMISTIC_WRITE, LOCK_HINTS);
        return managed;
      }
      // by key and tenant, named in the statement: its plan is compiled once (TenantNamedStatement),
      // where a locked find with a time-out builds its SQL again on every call
      long tenantId = tenant.tenantId();
      return TenantNamedStatement.run(
              em,
              () ->
                  em.createQuery("select x from " + type.getSimpleName() + " x where x.id = :id and x.tenantId = :tenant", type)
                      .setParameter("id", id)
                      .setParameter("tenant", tenantId)
                      .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                      .setHint("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS)
                      .getResultList())
          .stream()
          .findFirst()
          .orElse(null);
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new InventoryBusy();
    }
  }

  private static int guarded(java.util.function.IntSupplier update) {
    try {
      return update.getAsInt();
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new InventoryBusy();
    }
  }

  private void audit(long tenantId, long subInventoryId, String summary) {
    AuditTrail.record(em.unwrap(SharedSessionContractImplementor.class), tenantId, "UPDATE", "SubInventory", subInventoryId, summary);
  }
}
