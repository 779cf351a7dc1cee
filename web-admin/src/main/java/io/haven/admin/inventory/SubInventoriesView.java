package io.haven.admin.inventory;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.inventory.boundary.SubInventories;
import io.haven.inventory.boundary.SubInventoryFilter;
import io.haven.inventory.boundary.SubInventoryView;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * R6 产品子库存: sub-inventories per product with filters; detail; online/offline after a
 * confirmation; return to total (退库) offered only while offline, replenish (补货) also while online.
 */
@Named
@ViewScoped
public class SubInventoriesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SubInventories subInventories;
  @Inject Products products;
  @Inject ConsoleMessages messages;

  private Long productFilter;
  private String goodsSearch;
  private GoodsCategory categoryFilter;
  private Boolean onlineFilter;
  private final PagedList<SubInventoryView> list =
      new PagedList<>(
          (first, size) -> subInventories.list(new SubInventoryFilter(productFilter, goodsSearch, categoryFilter, onlineFilter), first, size),
          SubInventoryView::id,
          10);

  private SubInventoryView selected;
  private Long quantity;
  private List<ProductView> productChoices;

  public void search() {
    list.firstPage("subs:table");
  }

  public void clearFilters() {
    productFilter = null;
    goodsSearch = null;
    categoryFilter = null;
    onlineFilter = null;
    search();
  }

  public boolean isFiltered() {
    return productFilter != null || goodsSearch != null && !goodsSearch.isBlank() || categoryFilter != null || onlineFilter != null;
  }

  public void startDetail() {
    select();
  }

  public void startReturn() {
    quantity = null;
    select();
  }

  public void startReplenish() {
    quantity = null;
    select();
  }

  public void putOnline() {
    setOnline(true);
  }

  public void takeOffline() {
    setOnline(false);
  }

  private void setOnline(boolean online) {
    try {
      SubInventoryView changed = subInventories.setOnline(RequestedRow.id("sub"), online);
      messages.info(online ? "sub.onlineDone" : "sub.offlineDone", changed.goodsName(), changed.productName());
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  public void giveBack() {
    try {
      SubInventoryView changed = subInventories.giveBack(selected.id(), quantity == null ? 0 : quantity);
      selected = changed;
      messages.info("sub.returned", quantity, changed.goodsName(), changed.available());
    } catch (HavenException broken) {
      messages.report(broken, "returnForm");
    }
  }

  public void replenish() {
    try {
      SubInventoryView changed = subInventories.replenish(selected.id(), quantity == null ? 0 : quantity);
      selected = changed;
      messages.info("sub.replenished", quantity, changed.goodsName(), changed.available());
    } catch (HavenException broken) {
      messages.report(broken, "replenishForm");
    }
  }

  private void select() {
    try {
      selected = subInventories.get(RequestedRow.id("sub"));
    } catch (HavenException broken) {
      selected = null;
      messages.report(broken, null);
    }
  }

  public BigDecimal yuan(Long fen) {
    return ConsoleAmounts.yuan(fen);
  }

  public List<ProductView> getProductChoices() {
    if (productChoices == null) {
      productChoices = products.list(null, 0, 200).items();
    }
    return productChoices;
  }

  public GoodsCategory[] getCategories() {
    return GoodsCategory.values();
  }

  public PagedList<SubInventoryView> getList() {
    return list;
  }

  public Long getProductFilter() {
    return productFilter;
  }

  public void setProductFilter(Long productFilter) {
    this.productFilter = productFilter;
  }

  public String getGoodsSearch() {
    return goodsSearch;
  }

  public void setGoodsSearch(String goodsSearch) {
    this.goodsSearch = goodsSearch;
  }

  public GoodsCategory getCategoryFilter() {
    return categoryFilter;
  }

  public void setCategoryFilter(GoodsCategory categoryFilter) {
    this.categoryFilter = categoryFilter;
  }

  public Boolean getOnlineFilter() {
    return onlineFilter;
  }

  public void setOnlineFilter(Boolean onlineFilter) {
    this.onlineFilter = onlineFilter;
  }

  public SubInventoryView getSelected() {
    return selected;
  }

  public Long getQuantity() {
    return quantity;
  }

  public void setQuantity(Long quantity) {
    this.quantity = quantity;
  }
}
