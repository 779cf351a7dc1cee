package io.haven.admin.tenancy;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * T2: the enterprise's products, searched and paged on the server; added and edited in one dialog.
 * An edit carries the version it was opened at, so a concurrent change is refused, not overwritten.
 */
@Named
@ViewScoped
public class ProductsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Products products;
  @Inject ConsoleMessages messages;

  private String search;
  private final PagedList<ProductView> list =
      new PagedList<>((first, size) -> products.list(search, first, size), ProductView::id, 10);

  /** The product being edited; null while adding one. */
  private ProductView editing;
  private String name;
  private Integer pointsRate;

  public void search() {
    list.firstPage("products:table");
  }

  public void startAdd() {
    editing = null;
    name = null;
    pointsRate = null;
  }

  public void startEdit() {
    try {
      editing = products.get(RequestedRow.id("product"));
      name = editing.name();
      pointsRate = editing.pointsRate();
    } catch (HavenException broken) {
      editing = null;
      messages.report(broken, null);
    }
  }

  public void save() {
    int rate = pointsRate == null ? 0 : pointsRate;
    try {
      if (editing == null) {
        ProductView added = products.add(name, rate);
        messages.info("product.added", added.name(), added.appId());
      } else {
        ProductView changed = products.change(editing.id(), editing.version(), name, rate);
        editing = null;
        messages.info("product.saved", changed.name());
      }
    } catch (HavenException broken) {
      messages.report(broken, "productForm");
    }
  }

  public PagedList<ProductView> getList() {
    return list;
  }

  public ProductView getEditing() {
    return editing;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getPointsRate() {
    return pointsRate;
  }

  public void setPointsRate(Integer pointsRate) {
    this.pointsRate = pointsRate;
  }
}
