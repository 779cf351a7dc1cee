package io.haven.admin.mall;

import io.haven.common.ListQuery;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import java.io.Serializable;
import java.util.List;

/**
 * The product a mall page works on: the enterprise's products to choose from, the first one until
 * another is chosen. A chosen id is only a claim of the browser; the boundaries look it up within
 * the tenant, and one that is not among the choices is not taken.
 */
public final class ProductChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<ProductView> choices;
  private Long productId;

  public ProductChoice(Products products) {
    choices = products.list(null, 0, ListQuery.MAX_PAGE).items();
    productId = choices.isEmpty() ? null : choices.get(0).id();
  }

  public List<ProductView> choices() {
    return choices;
  }

  public Long id() {
    return productId;
  }

  /** Takes {@code id} when it is one of the enterprise's products; false (nothing changed) if not. */
  public boolean choose(Long id) {
    if (id == null || choices.stream().noneMatch(p -> p.id() == id)) {
      return false;
    }
    productId = id;
    return true;
  }

  public ProductView current() {
    return choices.stream().filter(p -> productId != null && p.id() == productId).findFirst().orElse(null);
  }
}
