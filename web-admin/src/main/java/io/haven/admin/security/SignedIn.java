package io.haven.admin.security;

import io.haven.tenancy.boundary.CurrentEnterprise;
import io.haven.tenancy.boundary.SignedInUser;
import io.haven.tenancy.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The signed-in console user as the pages see it (header, menu, home page), and signing out. The
 * user was put in the session by {@link TenantScopeFilter} for this very request.
 */
@Named
@RequestScoped
public class SignedIn {

  @Inject CurrentEnterprise enterprise;

  private String enterpriseName;

  public SignedInUser getUser() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return (SignedInUser) external.getSessionMap().get(TenantScopeFilter.USER);
  }

  public boolean isPresent() {
    return getUser() != null;
  }

  public boolean isPlatformAdmin() {
    return has(Role.PLATFORM_ADMIN);
  }

  public boolean isEnterpriseAdmin() {
    return has(Role.ENTERPRISE_ADMIN);
  }

  public boolean isOperator() {
    return has(Role.OPERATOR);
  }

  /** The header's enterprise name; read once per request, so a rename shows at once. */
  public String getEnterpriseName() {
    if (enterpriseName == null && isPresent() && !isPlatformAdmin()) {
      enterpriseName = enterprise.view().name();
    }
    return enterpriseName;
  }

  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    ConsoleSession.end(request);
    ConsoleSession.redirect(request, (HttpServletResponse) external.getResponse(), "/login.xhtml");
    FacesContext.getCurrentInstance().responseComplete();
  }

  private boolean has(Role role) {
    SignedInUser user = getUser();
    return user != null && user.role() == role;
  }
}
