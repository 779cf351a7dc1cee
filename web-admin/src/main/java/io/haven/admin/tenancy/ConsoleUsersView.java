package io.haven.admin.tenancy;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.common.NotFound;
import io.haven.tenancy.boundary.ConsoleUserView;
import io.haven.tenancy.boundary.ConsoleUsers;
import io.haven.tenancy.entity.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * T3: the enterprise's console users — search and filter by role, add, change role, disable or
 * enable, reset the password (the temporary one is shown once and then forgotten).
 */
@Named
@ViewScoped
public class ConsoleUsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The roles an enterprise gives its people; the platform admin role is not one of them. */
  public static final List<Role> ENTERPRISE_ROLES = Arrays.stream(Role.values()).filter(r -> !r.isPlatform()).toList();

  @Inject ConsoleUsers users;
  @Inject ConsoleMessages messages;

  private String search;
  private Role roleFilter;
  private final PagedList<ConsoleUserView> list =
      new PagedList<>((first, size) -> users.list(search, roleFilter, first, size), ConsoleUserView::id, 10);

  private String username;
  private String displayName;
  private Role role = Role.OPERATOR;
  private String password;

  /** The user whose role is being changed. */
  private ConsoleUserView changing;
  private Role newRole;

  private String resetFor;
  private String temporaryPassword;

  public void search() {
    list.firstPage("users:table");
  }

  public void startAdd() {
    username = null;
    displayName = null;
    role = Role.OPERATOR;
    password = null;
  }

  public void add() {
    try {
      ConsoleUserView added = users.add(username, displayName, role, password);
      password = null;
      messages.info("user.added", added.username());
    } catch (HavenException broken) {
      messages.report(broken, "userForm");
    }
  }

  /** Opens the role dialog for a user of the page on screen. */
  public void startRoleChange() {
    try {
      changing = shown(RequestedRow.id("user"));
      newRole = changing.role();
    } catch (HavenException broken) {
      changing = null;
      messages.report(broken, null);
    }
  }

  public void changeRole() {
    try {
      ConsoleUserView changed = users.changeRole(changing.id(), newRole);
      messages.info("user.roleChanged", changed.username());
    } catch (HavenException broken) {
      messages.report(broken, "roleForm");
    }
  }

  public void enable() {
    setEnabled(true);
  }

  public void disable() {
    setEnabled(false);
  }

  private void setEnabled(boolean enabled) {
    try {
      ConsoleUserView changed = users.setEnabled(RequestedRow.id("user"), enabled);
      messages.info(enabled ? "user.enabledDone" : "user.disabledDone", changed.username());
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  public void resetPassword() {
    try {
      long id = RequestedRow.id("user");
      temporaryPassword = users.resetPassword(id);
      ConsoleUserView row = list.getRowData(String.valueOf(id));
      resetFor = row == null ? null : row.username();
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  /** The dialog was closed: the temporary password is not kept anywhere. */
  public void forgetTemporaryPassword() {
    temporaryPassword = null;
    resetFor = null;
  }

  private ConsoleUserView shown(long id) {
    ConsoleUserView row = list.getRowData(String.valueOf(id));
    if (row == null) {
      throw new NotFound("User", id);
    }
    return row;
  }

  public List<Role> getRoles() {
    return ENTERPRISE_ROLES;
  }

  public PagedList<ConsoleUserView> getList() {
    return list;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Role getRoleFilter() {
    return roleFilter;
  }

  public void setRoleFilter(Role roleFilter) {
    this.roleFilter = roleFilter;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public ConsoleUserView getChanging() {
    return changing;
  }

  public Role getNewRole() {
    return newRole;
  }

  public void setNewRole(Role newRole) {
    this.newRole = newRole;
  }

  public String getResetFor() {
    return resetFor;
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }
}
