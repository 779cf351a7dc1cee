package io.haven.admin.members;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.members.boundary.LevelView;
import io.haven.members.boundary.MemberLevels;
import io.haven.members.entity.MemberLevelBadge;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * V3: a product's member levels, lowest first; added and edited in one dialog with the badge
 * upload, deleted after confirmation. The boundary checks the order of minimums and the badge's
 * content and names the field, which is then marked in the dialog.
 */
@Named
@ViewScoped
public class LevelsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MemberLevels levels;
  @Inject Products productsBoundary;
  @Inject ConsoleMessages messages;

  private ProductChoice products;
  private Long productId;
  private List<LevelView> list = List.of();

  private LevelView editing;
  private String name;
  private Long minGrowth;
  private transient Part badge;

  @PostConstruct
  void init() {
    products = new ProductChoice(productsBoundary);
    productId = products.first();
    reload();
  }

  public void reload() {
    list = productId == null ? List.of() : levels.list(productId);
  }

  public void startAdd() {
    editing = null;
    name = null;
    minGrowth = null;
    badge = null;
  }

  public void startEdit() {
    try {
      editing = levels.get(RequestedRow.id("level"));
      name = editing.name();
      minGrowth = editing.minGrowth();
      badge = null;
    } catch (HavenException broken) {
      editing = null;
      messages.report(broken, null);
    }
  }

  public void save() {
    try {
      byte[] bytes = badgeBytes();
      if (editing == null) {
        if (productId == null) {
          messages.error("levels.noProduct");
          return;
        }
        LevelView added = levels.add(productId, name, minGrowth, bytes == null ? new byte[0] : bytes);
        messages.info("levels.added", added.name());
      } else {
        LevelView changed = levels.change(editing.id(), editing.version(), name, minGrowth, bytes);
        editing = null;
        messages.info("levels.saved", changed.name());
      }
      reload();
    } catch (HavenException broken) {
      messages.report(broken, "levelForm");
    }
  }

  public void remove() {
    try {
      long id = RequestedRow.id("level");
      levels.remove(id);
      messages.info("levels.removed");
      reload();
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  /** At most one byte over the limit is read: enough for the boundary to say "too large". */
  private byte[] badgeBytes() {
    if (badge == null || badge.getSize() == 0) {
      return null;
    }
    try (InputStream in = badge.getInputStream()) {
      return in.readNBytes(MemberLevelBadge.MAX_BYTES + 1);
    } catch (IOException unreadable) {
      return new byte[0];
    }
  }

  /** Position of a level in the ladder, 1 for the lowest. */
  public int rank(LevelView level) {
    return list.indexOf(level) + 1;
  }

  public List<ProductView> getProducts() {
    return products.all();
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public List<LevelView> getList() {
    return list;
  }

  public LevelView getEditing() {
    return editing;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getMinGrowth() {
    return minGrowth;
  }

  public void setMinGrowth(Long minGrowth) {
    this.minGrowth = minGrowth;
  }

  public Part getBadge() {
    return badge;
  }

  public void setBadge(Part badge) {
    this.badge = badge;
  }
}
