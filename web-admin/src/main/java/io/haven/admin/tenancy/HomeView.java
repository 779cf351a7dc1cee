package io.haven.admin.tenancy;

import io.haven.admin.security.SignedIn;
import io.haven.tenancy.boundary.CurrentEnterprise;
import io.haven.tenancy.boundary.EnterpriseView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The home page: a welcome, and for enterprise users the summary of their enterprise. */
@Named
@ViewScoped
public class HomeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentEnterprise current;
  @Inject SignedIn signedIn;

  private EnterpriseView enterprise;

  @PostConstruct
  void load() {
    if (signedIn.isPresent() && !signedIn.isPlatformAdmin()) {
      enterprise = current.view();
    }
  }

  /** Null for the platform operator, who has no enterprise of their own. */
  public EnterpriseView getEnterprise() {
    return enterprise;
  }
}
