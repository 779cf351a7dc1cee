package io.haven.admin.members;

import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import java.io.Serializable;
import java.util.List;

/** The enterprise's products for a page's product selector; levels and tasks belong to one. */
final class ProductChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<ProductView> products;

  ProductChoice(Products source) {
    this.products = List.copyOf(source.list(null, 0, 200).items());
  }

  List<ProductView> all() {
    return products;
  }

  Long first() {
    return products.isEmpty() ? null : products.get(0).id();
  }

  String nameOf(long productId) {
    return products.stream().filter(p -> p.id() == productId).map(ProductView::name).findFirst().orElse(String.valueOf(productId));
  }
}
