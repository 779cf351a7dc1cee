package io.haven.tenancy.boundary;

import io.haven.common.StoredTime;
import io.haven.common.HavenException;
import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.TenantContext;
import io.haven.tenancy.control.Passwords;
import io.haven.tenancy.entity.ConsoleUser;
import io.haven.tenancy.entity.Edition;
import io.haven.tenancy.entity.Enterprise;
import io.haven.tenancy.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The platform operator's view of all enterprises: open one with its first enterprise admin, set
 * its edition. Only for requests whose context sees all tenants (platform admins).
 */
@Stateless
public class PlatformEnterprises {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject Passwords passwords;

  /** The enterprises, newest first: the one just opened is the one the platform admin works on next. */
  public Page<EnterpriseView> list(String search, int first, int size) {
    requirePlatform();
    return ListQuery.of(em, Enterprise.class, "e")
        .contains(search, "lower(e.name) like :q", "q")
        .page("e.id desc", first, size, EnterpriseView::of);
  }

  /** Opens an enterprise account and its first enterprise admin in one transaction. */
  public EnterpriseView open(
      String name, Edition edition, String adminUsername, String adminDisplayName, String adminPassword) {
    requirePlatform();
    if (name == null || name.isBlank() || name.strip().length() > Enterprise.NAME_MAX) {
      throw new InvalidInput("name", "enterprise.name.invalid", "Name must be 1 to 100 characters");
    }
    if (edition == null) {
      throw new InvalidInput("edition", "enterprise.edition.required", "Choose an edition");
    }
    Enterprise enterprise = new Enterprise(name, edition, StoredTime.now());
    em.persist(enterprise);
    em.flush();
    ConsoleUser admin =
        ConsoleUsers.newUser(em, passwords, adminUsername, adminDisplayName, Role.ENTERPRISE_ADMIN, adminPassword);
    admin.assignTenant(enterprise.getId());
    em.persist(admin);
    return EnterpriseView.of(enterprise);
  }

  public EnterpriseView changeEdition(long enterpriseId, Edition edition) {
    requirePlatform();
    Enterprise enterprise = em.find(Enterprise.class, enterpriseId);
    if (enterprise == null) {
      throw new NotFound("Enterprise", enterpriseId);
    }
    if (edition == null) {
      throw new InvalidInput("edition", "enterprise.edition.required", "Choose an edition");
    }
    enterprise.changeEdition(edition);
    return EnterpriseView.of(enterprise);
  }

  private void requirePlatform() {
    if (!tenant.isAllTenants()) {
      throw new NotPlatform();
    }
  }

  /** Platform operations from an enterprise's request. */
  public static class NotPlatform extends HavenException {
    public NotPlatform() {
      super(Kind.FORBIDDEN, "platform.only", null, "Only the platform administrator can do this");
    }
  }
}
