package io.haven.admin.mall;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.mall.boundary.GroupView;
import io.haven.mall.boundary.ListingGroups;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * M1 商品分组 of one product: the default group (always there, first, cannot be renamed or
 * removed) and custom groups, added, renamed and reordered in one dialog and removed after a
 * confirmation — refused while the group still holds listings. An edit carries the version it was
 * opened at, so a concurrent change is refused, not overwritten.
 */
@Named
@ViewScoped
public class GroupsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ListingGroups groups;
  @Inject Products products;
  @Inject ConsoleMessages messages;

  private ProductChoice product;
  private List<GroupView> list = List.of();

  /** The group being edited; null while adding one. */
  private GroupView editing;
  private String name;
  private Integer sortOrder;

  @PostConstruct
  void init() {
    product = new ProductChoice(products);
    reload();
  }

  private void reload() {
    try {
      list = product.id() == null ? List.of() : groups.list(product.id());
    } catch (HavenException broken) {
      list = List.of();
      messages.report(broken, null);
    }
  }

  public void startAdd() {
    editing = null;
    name = null;
    sortOrder = list.stream().mapToInt(GroupView::sortOrder).max().orElse(0) + 10;
  }

  public void startEdit() {
    try {
      editing = groups.get(product.id(), RequestedRow.id("group"));
      name = label(editing);
      sortOrder = editing.sortOrder();
    } catch (HavenException broken) {
      editing = null;
      messages.report(broken, null);
    }
  }

  public void save() {
    int order = sortOrder == null ? -1 : sortOrder;
    try {
      if (editing == null) {
        GroupView added = groups.add(product.id(), name, order);
        messages.info("mallGroup.added", added.name());
      } else {
        // the default group keeps its stored name; only its order changes
        String newName = editing.isDefault() ? editing.name() : name;
        GroupView changed = groups.change(product.id(), editing.id(), editing.version(), newName, order);
        editing = null;
        messages.info("mallGroup.saved", label(changed));
      }
      reload();
    } catch (HavenException broken) {
      messages.report(broken, "groupForm");
    }
  }

  public void remove() {
    GroupView gone = null;
    try {
      gone = groups.get(product.id(), RequestedRow.id("group"));
      groups.remove(product.id(), gone.id());
      messages.info("mallGroup.removed", gone.name());
    } catch (HavenException broken) {
      // "still holds {0} listings": the count as the page showed it
      messages.report(broken, null, gone == null ? 0 : gone.listings());
    }
    reload();
  }

  /** The default group is labelled in the console's language; custom groups by their name. */
  public String label(GroupView group) {
    return group.isDefault() ? messages.text("mallGroup.default") : group.name();
  }

  public List<ProductView> getProductChoices() {
    return product.choices();
  }

  public Long getProductId() {
    return product.id();
  }

  public void setProductId(Long productId) {
    product.choose(productId);
  }

  public void productChanged() {
    reload();
  }

  public List<GroupView> getList() {
    return list;
  }

  public GroupView getEditing() {
    return editing;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }
}
