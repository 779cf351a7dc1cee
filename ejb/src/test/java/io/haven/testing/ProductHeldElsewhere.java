package io.haven.testing;

import io.haven.common.NotFound;
import io.haven.members.control.ProductLock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Holds a product's row lock in a transaction of its own for a while: "a level edit that takes its time". */
@Stateless
public class ProductHeldElsewhere {

  @Inject ProductLock products;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void hold(long productId, long millis) throws InterruptedException {
    products.lock(productId, () -> new NotFound("Product lock", productId));
    Thread.sleep(millis);
  }
}
