package io.haven.admin.tenancy;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.tenancy.boundary.ApiCredentials;
import io.haven.tenancy.boundary.CredentialStatus;
import io.haven.tenancy.boundary.IssuedSecret;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * V5 credentials per product: generate the first secret or rotate it (the previous one keeps
 * working until its grace end). A new secret is shown once, in a dialog; closing it forgets it.
 */
@Named
@ViewScoped
public class ApiCredentialsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ApiCredentials credentials;
  @Inject ConsoleMessages messages;

  private List<CredentialStatus> overview;
  private IssuedSecret issued;
  /** How long the previous secret stays valid after this rotation (V5), 0 to 168 hours. */
  private Integer graceHours;

  @PostConstruct
  void load() {
    overview = credentials.overview();
    graceHours = (int) credentials.defaultGraceHours();
  }

  public void issue() {
    try {
      issued = credentials.issue(RequestedRow.id("product"), graceHours);
    } catch (HavenException broken) {
      issued = null;
      messages.report(broken, "credentials");
    }
  }

  public Integer getGraceHours() {
    return graceHours;
  }

  public void setGraceHours(Integer graceHours) {
    this.graceHours = graceHours;
  }

  /** The secret dialog was closed: forget the secret, show the new issue and grace times. */
  public void forgetSecret() {
    issued = null;
    overview = credentials.overview();
  }

  public List<CredentialStatus> getOverview() {
    return overview;
  }

  public IssuedSecret getIssued() {
    return issued;
  }
}
