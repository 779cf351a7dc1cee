package io.haven.testing;

import io.haven.inventory.control.StockLedger;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Takes stock in a transaction of its own, committed before it returns: "another buyer, meanwhile". */
@Stateless
public class StockMovesElsewhere {

  @Inject StockLedger ledger;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void take(long subInventoryId, int qty) {
    ledger.take(subInventoryId, qty);
  }
}
