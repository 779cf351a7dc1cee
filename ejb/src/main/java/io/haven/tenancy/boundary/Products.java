package io.haven.tenancy.boundary;

import io.haven.common.StoredTime;
import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.TenantContext;
import io.haven.tenancy.control.AppIds;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The enterprise's products (T2): list, add, edit. Every query is tenant-filtered. */
@Stateless
public class Products {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  public Page<ProductView> list(String search, int first, int size) {
    tenant.tenantId();
    return ListQuery.of(em, Product.class, "p")
        .contains(search, "lower(p.name) like :q or p.appId like :q", "q")
        .page("p.id", first, size, ProductView::of);
  }

  public ProductView get(long id) {
    return ProductView.of(load(id));
  }

  public ProductView add(String name, int pointsRate) {
    tenant.tenantId();
    requireValid(name, pointsRate);
    Product product = new Product(name, AppIds.next(), pointsRate, StoredTime.now());
    em.persist(product);
    return ProductView.of(product);
  }

  public ProductView change(long id, long expectedVersion, String name, int pointsRate) {
    requireValid(name, pointsRate);
    Product product = load(id);
    if (product.getVersion() != expectedVersion) {
      throw new StaleEdit("Product " + product.getName());
    }
    product.change(name, pointsRate);
    em.flush();
    return ProductView.of(product);
  }

  private Product load(long id) {
    tenant.tenantId();
    Product product = em.find(Product.class, id);
    if (product == null) {
      throw new NotFound("Product", id);
    }
    return product;
  }

  static void requireValid(String name, int pointsRate) {
    if (name == null || name.isBlank() || name.strip().length() > Product.NAME_MAX) {
      throw new InvalidInput("name", "product.name.invalid", "Name must be 1 to 100 characters");
    }
    if (pointsRate <= 0 || pointsRate > Product.RATE_MAX) {
      throw new InvalidInput(
          "pointsRate", "product.pointsRate.invalid", "Points rate must be a whole number from 1 to 1000000");
    }
  }

}
