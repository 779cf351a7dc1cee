package io.haven.testing;

import io.haven.inventory.control.CdkPool;
import io.haven.inventory.control.StockLedger;
import io.haven.inventory.entity.SubInventory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A transaction around the inventory controls, standing in for the mall's redemption: the
 * controls run inside their caller's transaction and have no boundary of their own.
 */
@Stateless
public class StockMoves {

  @Inject StockLedger ledger;
  @Inject CdkPool codes;
  @Inject StockMovesElsewhere elsewhere;
  @PersistenceContext EntityManager em;

  /** The guard alone: no row lock. */
  public String take(long subInventoryId, int qty) {
    ledger.take(subInventoryId, qty);
    return "taken";
  }

  /** As the mall does it: lock, then take. */
  public long lockAndTake(long subInventoryId, int qty) {
    long before = ledger.lockForRedemption(subInventoryId).getAvailable();
    ledger.take(subInventoryId, qty);
    return before;
  }

  /**
   * Reads the sub-inventory without a lock (as a caller might, to check it is online), lets another
   * transaction sell {@code soldMeanwhile} units, then locks: answers what the lock saw.
   */
  public long readSellElsewhereThenLock(long subInventoryId, int soldMeanwhile) {
    em.find(SubInventory.class, subInventoryId).getAvailable();
    elsewhere.take(subInventoryId, soldMeanwhile);
    return ledger.lockForRedemption(subInventoryId).getAvailable();
  }

  public void putBack(long subInventoryId, int qty) {
    ledger.putBack(subInventoryId, qty);
  }

  public String handOut(long subInventoryId, String reference) {
    ledger.lockForRedemption(subInventoryId);
    ledger.take(subInventoryId, 1);
    return codes.handOut(subInventoryId, reference);
  }

  /** Hands out a code without the stock lock: the pool's own locking must keep codes unique. */
  public String handOutUnlocked(long subInventoryId, String reference) {
    return codes.handOut(subInventoryId, reference);
  }

  public long unusedCodes(long subInventoryId) {
    return codes.unusedCount(subInventoryId);
  }
}
