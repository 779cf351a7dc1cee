package io.haven.testing;

import io.haven.members.boundary.MemberView;
import io.haven.members.boundary.Members;
import io.haven.tenancy.boundary.CurrentEnterprise;
import io.haven.tenancy.boundary.ProductDirectory;
import io.haven.tenancy.boundary.Products;
import io.haven.tenancy.boundary.StorefrontProduct;
import io.haven.tenancy.entity.LoginScheme;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;

/** Members signed up through the real storefront boundary, in a fresh hosted-login enterprise. */
@RequestScoped
public class MemberFixture {

  private static final AtomicLong PHONES = new AtomicLong(13700000000L);

  @Inject Tenants tenants;
  @Inject Products products;
  @Inject CurrentEnterprise enterprise;
  @Inject ProductDirectory directory;
  @Inject Members members;

  /** Opens an enterprise with a hosted-login product; the request then acts as that tenant. */
  public StorefrontProduct storefront(String name) {
    long tenant = tenants.open(name);
    tenants.actAs(tenant);
    var product = products.add(name + " App", 10);
    enterprise.confirmLoginScheme(LoginScheme.HOSTED_LOGIN, null);
    return directory.byAppId(product.appId()).orElseThrow();
  }

  public MemberView member(StorefrontProduct store) {
    return members.signUp(store, String.valueOf(PHONES.incrementAndGet()), "Member-Pass-1", null);
  }
}
