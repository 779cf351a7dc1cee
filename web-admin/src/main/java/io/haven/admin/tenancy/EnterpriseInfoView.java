package io.haven.admin.tenancy;

import io.haven.admin.console.ConsoleMessages;
import io.haven.common.HavenException;
import io.haven.tenancy.boundary.CurrentEnterprise;
import io.haven.tenancy.boundary.EnterpriseView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** T1: the enterprise's details; its name is the one thing the enterprise edits itself. */
@Named
@ViewScoped
public class EnterpriseInfoView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentEnterprise current;
  @Inject ConsoleMessages messages;

  private EnterpriseView enterprise;
  private String name;

  @PostConstruct
  void load() {
    enterprise = current.view();
    name = enterprise.name();
  }

  public void rename() {
    try {
      enterprise = current.rename(name);
      name = enterprise.name();
      messages.info("enterprise.renamed");
    } catch (HavenException broken) {
      messages.report(broken, "enterpriseForm");
    }
  }

  public EnterpriseView getEnterprise() {
    return enterprise;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
