package io.haven.tenancy.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.tenancy.entity.Enterprise;
import io.haven.tenancy.entity.LoginScheme;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The signed-in operator's own enterprise: its details, its name, and the one-time login scheme
 * confirmation (T1, T4). Stateless: one transaction per call.
 */
@Stateless
public class CurrentEnterprise {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  public EnterpriseView view() {
    return EnterpriseView.of(load());
  }

  public EnterpriseView rename(String name) {
    Enterprise enterprise = load();
    if (name == null || name.isBlank() || name.strip().length() > Enterprise.NAME_MAX) {
      throw new InvalidInput("name", "enterprise.name.invalid", "Name must be 1 to 100 characters");
    }
    enterprise.rename(name);
    return EnterpriseView.of(enterprise);
  }

  /**
   * Confirms the login scheme once and for all. The enterprise row is locked first, so of two
   * concurrent confirmations exactly one succeeds and the other sees it and is refused.
   */
  public EnterpriseView confirmLoginScheme(@NotNull LoginScheme scheme, String callbackUrl) {
    if (scheme.needsCallbackUrl()) {
      requireHttpUrl(callbackUrl);
    }
    Enterprise enterprise = em.find(Enterprise.class, tenant.tenantId(), LockModeType.PESSIMISTIC_WRITE);
    enterprise.confirmLoginScheme(
        scheme, callbackUrl == null ? null : callbackUrl.strip(), tenant.actor(), StoredTime.now());
    return EnterpriseView.of(enterprise);
  }

  private Enterprise load() {
    return em.find(Enterprise.class, tenant.tenantId());
  }

  static void requireHttpUrl(String url) {
    String message = "Callback URL must be an absolute http or https URL";
    if (url == null || url.isBlank() || url.length() > 500) {
      throw new InvalidInput("callbackUrl", "tenancy.callbackUrl.invalid", message);
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null
          || uri.getHost().isBlank()) {
        throw new InvalidInput("callbackUrl", "tenancy.callbackUrl.invalid", message);
      }
    } catch (URISyntaxException e) {
      throw new InvalidInput("callbackUrl", "tenancy.callbackUrl.invalid", message);
    }
  }
}
