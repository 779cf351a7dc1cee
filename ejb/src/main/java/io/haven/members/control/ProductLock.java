package io.haven.members.control;

import io.haven.common.HavenException;
import io.haven.common.NotFound;
import io.haven.tenancy.entity.Product;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serialises changes that are rules about all of a product's rows together: its levels ("strictly
 * increasing": two operators editing two levels at once could each pass the check against the
 * other's old value and together create an inversion) and its members' first syncs (two partner
 * calls creating the same member). Each takes the product's row lock first (tenant-filtered:
 * another tenant's product is not found). Who waited too long is told in the words of what they
 * were doing — the caller names the refusal — not in another caller's.
 */
@Dependent
public class ProductLock {

  static final int LOCK_TIMEOUT_MS = 5000;

  @PersistenceContext EntityManager em;

  public Product lock(long productId, Supplier<? extends HavenException> whenBusy) {
    try {
      Product product =
          em.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE, Map.of("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS));
      if (product == null) {
        throw new NotFound("Product", productId);
      }
      return product;
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw whenBusy.get();
    }
  }
}
