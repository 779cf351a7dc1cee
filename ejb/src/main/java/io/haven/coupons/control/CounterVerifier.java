package io.haven.coupons.control;

import io.haven.common.TenantContext;
import io.haven.coupons.boundary.CouponRuleBroken;
import io.haven.coupons.entity.Store;
import io.haven.tenancy.entity.ConsoleUser;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who is verifying: the signed-in console user, enabled, bound to a store of this tenant. Anyone
 * else (an operator, a verifier whose binding was deleted, another tenant's verifier) is refused
 * before a code is looked at.
 */
@Dependent
public class CounterVerifier {

  /** The verifier's console user and store, as of this transaction. */
  public record AtCounter(long userId, String username, Store store) {}

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  public AtCounter require() {
    tenant.tenantId();
    return em.createQuery(
            "select u, s from Verifier v join ConsoleUser u on u.id = v.consoleUserId join Store s on s.id = v.storeId"
                + " where u.username = :name and u.enabled = true",
            Object[].class)
        .setParameter("name", tenant.actor())
        .getResultStream()
        .findFirst()
        .map(r -> new AtCounter(((ConsoleUser) r[0]).getId(), ((ConsoleUser) r[0]).getUsername(), (Store) r[1]))
        .orElseThrow(CouponRuleBroken::notAVerifier);
  }
}
