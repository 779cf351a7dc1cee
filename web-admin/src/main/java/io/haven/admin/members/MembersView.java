package io.haven.admin.members;

import io.haven.admin.console.PagedList;
import io.haven.members.boundary.MemberDirectory;
import io.haven.members.boundary.MemberSummary;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** V1–V3: the enterprise's members, searched by phone, member id or nickname and filtered by product. */
@Named
@ViewScoped
public class MembersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MemberDirectory directory;
  @Inject Products productsBoundary;

  private ProductChoice products;
  private Long productFilter;
  private String search;
  private final PagedList<MemberSummary> list =
      new PagedList<>((first, size) -> directory.search(productFilter, search, first, size), MemberSummary::id, 20);

  @PostConstruct
  void init() {
    products = new ProductChoice(productsBoundary);
  }

  public void search() {
    list.firstPage("members:table");
  }

  public String productName(long id) {
    return products.nameOf(id);
  }

  public List<ProductView> getProducts() {
    return products.all();
  }

  public PagedList<MemberSummary> getList() {
    return list;
  }

  public Long getProductFilter() {
    return productFilter;
  }

  public void setProductFilter(Long productFilter) {
    this.productFilter = productFilter;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
