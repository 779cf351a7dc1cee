package io.haven.admin.coupons;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.common.UploadedImage;
import io.haven.coupons.boundary.StoreView;
import io.haven.coupons.boundary.Stores;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;

/**
 * C1 门店: stores filtered by name, address or phone and paged on the server; added and edited in
 * one dialog (name and picture required on add), deleted after a confirmation — refused, with the
 * reason, while verifiers, verifications or coupons depend on the store.
 */
@Named
@ViewScoped
public class StoresView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final long IMAGE_MAX = 2L * 1024 * 1024;

  @Inject Stores stores;
  @Inject ConsoleMessages messages;

  private String search;
  private String applied;
  private final PagedList<StoreView> list = new PagedList<>((first, size) -> stores.list(applied, first, size), StoreView::id, 20);

  /** The store being edited; null while adding one. */
  private StoreView editing;
  private String name;
  private String address;
  private String phone;
  private byte[] image;
  private String imageName;

  public void search() {
    applied = search;
    list.firstPage("stores:table");
  }

  public void clear() {
    search = null;
    search();
  }

  public boolean isFiltered() {
    return applied != null && !applied.isBlank();
  }

  public void startAdd() {
    editing = null;
    name = null;
    address = null;
    phone = null;
    image = null;
    imageName = null;
  }

  public void startEdit() {
    try {
      editing = stores.get(RequestedRow.id("store"));
      name = editing.name();
      address = editing.address();
      phone = editing.phone();
      image = null;
      imageName = null;
    } catch (HavenException broken) {
      editing = null;
      messages.report(broken, null);
    }
  }

  public void imageUploaded(FileUploadEvent event) {
    byte[] bytes = event.getFile().getContent();
    try {
      UploadedImage.check("image", bytes, IMAGE_MAX);
      image = bytes;
      imageName = event.getFile().getFileName();
    } catch (HavenException broken) {
      image = null;
      imageName = null;
      messages.report(broken, "storeForm");
    }
  }

  public void save() {
    try {
      if (editing == null) {
        StoreView added = stores.add(name, address, phone, image);
        messages.info("store.added", added.name());
      } else {
        StoreView changed = stores.edit(editing.id(), name, address, phone, image);
        editing = null;
        messages.info("store.saved", changed.name());
      }
    } catch (HavenException broken) {
      messages.report(broken, "storeForm");
    }
  }

  public void remove() {
    try {
      StoreView gone = stores.get(RequestedRow.id("store"));
      stores.delete(gone.id());
      messages.info("store.removed", gone.name());
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  public PagedList<StoreView> getList() { return list; }
  public StoreView getEditing() { return editing; }
  public String getSearch() { return search; }
  public void setSearch(String search) { this.search = search; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getAddress() { return address; }
  public void setAddress(String address) { this.address = address; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getImageName() { return imageName; }
}
