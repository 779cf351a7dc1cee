package io.haven.admin.platform;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.common.NotFound;
import io.haven.tenancy.boundary.EnterpriseView;
import io.haven.tenancy.boundary.PlatformEnterprises;
import io.haven.tenancy.entity.Edition;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The platform operator's enterprises: search, open an enterprise account together with its first
 * enterprise admin, change an enterprise's edition.
 */
@Named
@ViewScoped
public class EnterprisesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PlatformEnterprises enterprises;
  @Inject ConsoleMessages messages;

  private String search;
  private final PagedList<EnterpriseView> list =
      new PagedList<>((first, size) -> enterprises.list(search, first, size), EnterpriseView::id, 10);

  private String name;
  private Edition edition;
  private String adminUsername;
  private String adminDisplayName;
  private String adminPassword;

  /** The enterprise whose edition is being changed. */
  private EnterpriseView changing;
  private Edition newEdition;

  public void search() {
    list.firstPage("enterprises:table");
  }

  public void startOpen() {
    name = null;
    edition = Edition.FREE;
    adminUsername = null;
    adminDisplayName = null;
    adminPassword = null;
  }

  public void open() {
    try {
      EnterpriseView opened = enterprises.open(name, edition, adminUsername, adminDisplayName, adminPassword);
      adminPassword = null;
      messages.info("platform.opened", opened.name(), adminUsername);
    } catch (HavenException broken) {
      messages.report(broken, "openForm");
    }
  }

  public void startEditionChange() {
    try {
      long id = RequestedRow.id("enterprise");
      changing = list.getRowData(String.valueOf(id));
      if (changing == null) {
        throw new NotFound("Enterprise", id);
      }
      newEdition = changing.edition();
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  public void changeEdition() {
    try {
      EnterpriseView changed = enterprises.changeEdition(changing.id(), newEdition);
      messages.info("platform.editionChanged", changed.name());
    } catch (HavenException broken) {
      messages.report(broken, "editionForm");
    }
  }

  public List<Edition> getEditions() {
    return List.of(Edition.values());
  }

  public PagedList<EnterpriseView> getList() {
    return list;
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

  public Edition getEdition() {
    return edition;
  }

  public void setEdition(Edition edition) {
    this.edition = edition;
  }

  public String getAdminUsername() {
    return adminUsername;
  }

  public void setAdminUsername(String adminUsername) {
    this.adminUsername = adminUsername;
  }

  public String getAdminDisplayName() {
    return adminDisplayName;
  }

  public void setAdminDisplayName(String adminDisplayName) {
    this.adminDisplayName = adminDisplayName;
  }

  public String getAdminPassword() {
    return adminPassword;
  }

  public void setAdminPassword(String adminPassword) {
    this.adminPassword = adminPassword;
  }

  public EnterpriseView getChanging() {
    return changing;
  }

  public Edition getNewEdition() {
    return newEdition;
  }

  public void setNewEdition(Edition newEdition) {
    this.newEdition = newEdition;
  }
}
