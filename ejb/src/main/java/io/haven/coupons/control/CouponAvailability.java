package io.haven.coupons.control;

import io.haven.common.TenantContext;
import io.haven.coupons.boundary.CouponRuleBroken;
import io.haven.tenancy.entity.Enterprise;
import io.haven.tenancy.entity.LoginScheme;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Self-made coupons are unavailable to OWN_LOGIN enterprises (T4): their members are the
 * enterprise's own accounts, which no counter of ours can tie a coupon to. Asked before any coupon
 * is created or claimed; the console shows the same reason.
 */
@Dependent
public class CouponAvailability {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** Null when coupons are available, else the reason (a rule to throw). */
  public CouponRuleBroken refusal() {
    Enterprise enterprise = em.find(Enterprise.class, tenant.tenantId());
    LoginScheme scheme = enterprise == null ? null : enterprise.getLoginScheme();
    return scheme == LoginScheme.OWN_LOGIN ? CouponRuleBroken.unavailable() : null;
  }

  public void require() {
    CouponRuleBroken refusal = refusal();
    if (refusal != null) {
      throw refusal;
    }
  }
}
