package io.haven.admin.tenancy;

import io.haven.admin.console.ConsoleMessages;
import io.haven.common.HavenException;
import io.haven.tenancy.boundary.CurrentEnterprise;
import io.haven.tenancy.boundary.EnterpriseView;
import io.haven.tenancy.entity.LoginScheme;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * T4 登录方案确认: the enterprise chooses how its members sign in, once and for good. Until then
 * the page offers the three schemes; afterwards it shows the confirmed one, by whom and when.
 */
@Named
@ViewScoped
public class LoginSchemeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentEnterprise current;
  @Inject ConsoleMessages messages;

  private EnterpriseView enterprise;
  private LoginScheme scheme;
  private String callbackUrl;

  @PostConstruct
  void load() {
    enterprise = current.view();
  }

  public void confirm() {
    try {
      enterprise = current.confirmLoginScheme(scheme, isCallbackUrlNeeded() ? callbackUrl : null);
      messages.info("scheme.confirmed");
    } catch (HavenException broken) {
      messages.report(broken, "schemeForm");
    }
  }

  /** Hosted login first: it is the recommended one. */
  public List<LoginScheme> getSchemes() {
    return List.of(LoginScheme.HOSTED_LOGIN, LoginScheme.OWN_LOGIN, LoginScheme.OWN_OFFICIAL_ACCOUNT);
  }

  public boolean isCallbackUrlNeeded() {
    return scheme != null && scheme.needsCallbackUrl();
  }

  public EnterpriseView getEnterprise() {
    return enterprise;
  }

  public LoginScheme getScheme() {
    return scheme;
  }

  public void setScheme(LoginScheme scheme) {
    this.scheme = scheme;
  }

  public String getCallbackUrl() {
    return callbackUrl;
  }

  public void setCallbackUrl(String callbackUrl) {
    this.callbackUrl = callbackUrl;
  }
}
