package io.haven.mall.control;

import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.mall.entity.ListingGroup;
import io.haven.mall.boundary.Busy;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Finds groups, and creates a product's default group the first time it is needed. The creation
 * runs in a transaction of its own: when two requests race to create it, the unique
 * (product, default_marker) key lets one insert win and the loser simply reads the winner's row,
 * without spoiling the caller's transaction.
 */
@Stateless
public class Groups {

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;

  public ListingGroup load(long productId, long groupId) {
    ListingGroup group = em.find(ListingGroup.class, groupId);
    if (group == null || group.getProductId() != productId) {
      throw new NotFound("Group", groupId);
    }
    return group;
  }

  public long defaultGroupId(long productId) {
    Long id = findDefault(productId);
    if (id != null) {
      return id;
    }
    try {
      return session.getBusinessObject(Groups.class).createDefault(productId);
    } catch (Busy raced) {
      Long winner = findDefault(productId);
      if (winner == null) {
        throw raced;
      }
      return winner;
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long createDefault(long productId) {
    ListingGroup group = ListingGroup.defaultOf(productId, StoredTime.now());
    try {
      em.persist(group);
      em.flush();
    } catch (PersistenceException e) {
      throw new Busy("The default group");
    }
    return group.getId();
  }

  private Long findDefault(long productId) {
    return em.createQuery("select g.id from ListingGroup g where g.productId = :p and g.defaultMarker is not null", Long.class)
        .setParameter("p", productId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
