package io.haven.tenancy.boundary;

import io.haven.common.TenantContext;
import io.haven.tenancy.control.AppIds;
import io.haven.tenancy.control.DirectoryCache;
import io.haven.tenancy.entity.Enterprise;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Resolves the appId of a storefront URL to its product and enterprise, across tenants (the
 * tenant is what is being found out), in a transaction of its own.
 */
@Stateless
public class ProductDirectory {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject DirectoryCache directory;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<StorefrontProduct> byAppId(String appId) {
    if (!AppIds.looksValid(appId)) {
      return Optional.empty();
    }
    return directory.product(appId, () -> tenant.acrossTenants(
        "storefront:" + appId,
        () ->
            em.createQuery(
                    "select p, e from Product p, Enterprise e where e.id = p.tenantId and p.appId = :a",
                    Object[].class)
                .setParameter("a", appId)
                .getResultStream()
                .findFirst()
                .map(
                    row -> {
                      Product p = (Product) row[0];
                      Enterprise e = (Enterprise) row[1];
                      return new StorefrontProduct(
                          p.getTenantId(), p.getId(), p.getAppId(), p.getName(), e.getName(),
                          e.getLoginScheme(), e.getLoginCallbackUrl(), p.getPointsRate());
                    })));
  }
}
