package io.haven.testing;

import io.haven.common.NotFound;
import io.haven.members.control.ProductLock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.CountDownLatch;

/** Holds a product's row lock in a transaction of its own for a while: "a level edit that takes its time". */
@Stateless
public class ProductHeldElsewhere {

  @Inject ProductLock products;

  /** Takes the lock, says so through {@code locked} (a local call: the caller's own latch), then keeps it for {@code millis}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void hold(long productId, long millis, CountDownLatch locked) throws InterruptedException {
    products.lock(productId, () -> new NotFound("Product lock", productId));
    locked.countDown();
    Thread.sleep(millis);
  }
}
