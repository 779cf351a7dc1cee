package io.haven.members.control;

import io.haven.members.entity.MemberLevel;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads a product's levels in rank order (the order they were added), within the tenant. */
@Dependent
public class ProductLevels {

  @PersistenceContext EntityManager em;

  public List<MemberLevel> ranked(long productId) {
    return em.createQuery("select l from MemberLevel l where l.productId = :p order by l.id", MemberLevel.class)
        .setParameter("p", productId)
        .getResultList();
  }

  public LevelLadder ladder(long productId) {
    return new LevelLadder(ranked(productId));
  }
}
