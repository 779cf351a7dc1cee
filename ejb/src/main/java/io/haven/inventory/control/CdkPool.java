package io.haven.inventory.control;

import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.inventory.boundary.InventoryBusy;
import io.haven.inventory.boundary.OutOfStock;
import io.haven.inventory.entity.CdkCode;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.SubInventory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;

/**
 * Hands out the codes of CDK goods (R5), inside the caller's transaction. The pool is the goods'
 * (see {@link CdkCode}); each award takes the oldest unused code with a locking read
 * ({@code select … for update}, which InnoDB and H2 evaluate against the latest committed rows)
 * and marks it through the versioned entity. Two awards racing for the same code therefore run
 * one after the other and the second one takes the next code; even without the caller's stock
 * lock no code is handed out twice (the version check would fail the loser, not hand it out).
 */
@Dependent
public class CdkPool {

  static final int LOCK_TIMEOUT_MS = 3000;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** One unused code of the sub-inventory's goods, now handed out to {@code reference}. */
  public String handOut(long subInventoryId, String reference) {
    SubInventory sub = subInventory(subInventoryId);
    if (sub.getCategory() != GoodsCategory.CDK) {
      throw new IllegalArgumentException("sub-inventory " + subInventoryId + " is not CDK goods");
    }
    if (reference != null && reference.length() > CdkCode.REFERENCE_MAX) {
      throw new IllegalArgumentException("reference longer than " + CdkCode.REFERENCE_MAX);
    }
    CdkCode code;
    try {
      code =
          em.createQuery("select c from CdkCode c where c.goodsId = :g and c.handedOutAt is null order by c.id", CdkCode.class)
              .setParameter("g", sub.getGoodsId())
              .setLockMode(LockModeType.PESSIMISTIC_WRITE)
              .setHint("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS)
              .setMaxResults(1)
              .getResultStream()
              .findFirst()
              .orElseThrow(() -> OutOfStock.noCodeLeft(subInventoryId));
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new InventoryBusy();
    }
    code.handOut(subInventoryId, reference, StoredTime.now());
    em.flush();
    return code.getCode();
  }

  /** Unused codes left in the pool the sub-inventory draws from (its goods' pool). */
  public long unusedCount(long subInventoryId) {
    return unusedCountOfGoods(subInventory(subInventoryId).getGoodsId());
  }

  public long unusedCountOfGoods(long goodsId) {
    tenant.tenantId();
    return em.createQuery("select count(c) from CdkCode c where c.goodsId = :g and c.handedOutAt is null", Long.class)
        .setParameter("g", goodsId)
        .getSingleResult();
  }

  private SubInventory subInventory(long subInventoryId) {
    tenant.tenantId();
    SubInventory sub = em.find(SubInventory.class, subInventoryId);
    if (sub == null) {
      throw new NotFound("Sub-inventory", subInventoryId);
    }
    return sub;
  }
}
