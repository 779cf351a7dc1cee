package io.haven.members.control;

import io.haven.common.NotFound;
import io.haven.members.boundary.MemberLevelRuleBroken;
import io.haven.tenancy.entity.Product;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import java.util.Map;

/**
 * Serialises changes to one product's levels: "strictly increasing" is a rule about all of them
 * together, so two operators editing two levels at once could each pass the check against the
 * other's old value and together create an inversion. Both take the product's row lock first
 * (tenant-filtered: another tenant's product is not found).
 */
@Dependent
public class ProductLock {

  static final int LOCK_TIMEOUT_MS = 5000;

  @PersistenceContext EntityManager em;

  public Product lock(long productId) {
    try {
      Product product =
          em.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE, Map.of("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS));
      if (product == null) {
        throw new NotFound("Product", productId);
      }
      return product;
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw MemberLevelRuleBroken.busy();
    }
  }
}
