package io.haven.storefront.tenancy;

import io.haven.common.TenantContext;
import io.haven.tenancy.boundary.ProductDirectory;
import io.haven.tenancy.boundary.StorefrontProduct;
import io.haven.tenancy.control.DirectoryCache;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The door of every storefront request: the first path segment names the product; its enterprise
 * becomes the request's tenant before any resource (and so any boundary) runs. Pre-matching, so
 * even a URL no resource matches is answered within its product, and a request for an unknown
 * product never reaches a resource at all. A known appId is read from the directory cache without
 * a transaction; only a miss goes through {@link ProductDirectory}'s own transaction.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class StorefrontEntry implements ContainerRequestFilter {

  @Inject ProductDirectory directory;
  @Inject DirectoryCache cached;
  @Inject TenantContext tenant;
  @Inject CurrentStorefront storefront;

  @Override
  public void filter(ContainerRequestContext request) {
    List<PathSegment> segments = request.getUriInfo().getPathSegments();
    String appId = segments.isEmpty() ? "" : segments.get(0).getPath();
    StorefrontProduct product = cached.cachedProduct(appId);
    if (product == null) {
      // the transactional lookup only when the cache does not know the appId (yet)
      product = directory.byAppId(appId).orElseThrow(UnknownStorefront::new);
    }
    storefront.enter(product);
    // the member, when there is one, is named once the session is read (MemberSession)
    tenant.enterTenant(product.tenantId(), "member:guest");
    if (!product.isOpen()) {
      throw new StorefrontNotOpen(product);
    }
  }
}
