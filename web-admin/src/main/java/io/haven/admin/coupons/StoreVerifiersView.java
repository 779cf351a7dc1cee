package io.haven.admin.coupons;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.coupons.boundary.StoreView;
import io.haven.coupons.boundary.Stores;
import io.haven.coupons.boundary.VerifierView;
import io.haven.coupons.boundary.Verifiers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * C2 核销员 of one store, in their own dialog: the store's verifiers, a new one (a console account
 * with the VERIFIER role, its first password typed here) and removal after a confirmation.
 */
@Named
@ViewScoped
public class StoreVerifiersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Stores stores;
  @Inject Verifiers verifiers;
  @Inject ConsoleMessages messages;

  private StoreView store;
  private List<VerifierView> list = List.of();
  private String username;
  private String displayName;
  private String password;

  public void open() {
    try {
      store = stores.get(RequestedRow.id("store"));
      reload();
    } catch (HavenException broken) {
      store = null;
      messages.report(broken, null);
    }
    username = null;
    displayName = null;
    password = null;
  }

  private void reload() {
    list = store == null ? List.of() : verifiers.ofStore(store.id());
  }

  public void add() {
    try {
      VerifierView added = verifiers.add(store.id(), username, displayName, password);
      messages.info("verifier.added", added.username(), store.name());
      username = null;
      displayName = null;
      password = null;
      reload();
    } catch (HavenException broken) {
      messages.report(broken, "verifierForm");
    }
  }

  public void remove() {
    try {
      long id = RequestedRow.id("verifier");
      VerifierView gone = list.stream().filter(v -> v.id() == id).findFirst().orElse(null);
      verifiers.delete(id);
      messages.info("verifier.removed", gone == null ? "" : gone.username());
      reload();
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  public StoreView getStore() { return store; }
  public List<VerifierView> getList() { return list; }
  public String getUsername() { return username; }
  public void setUsername(String username) { this.username = username; }
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String displayName) { this.displayName = displayName; }
  public String getPassword() { return password; }
  public void setPassword(String password) { this.password = password; }
}
