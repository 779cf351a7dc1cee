package io.haven.tenancy.boundary;

import io.haven.common.StoredTime;
import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.tenancy.control.DirectoryCache;
import io.haven.tenancy.control.SecretVault;
import io.haven.tenancy.entity.ApiCredential;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Partner-API credentials per product (V5): generate, rotate (the previous secret stays valid for
 * a grace period, 24 h unless configured), and resolve an appId for signature checks.
 */
@Stateless
public class ApiCredentials {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject DirectoryCache directory;
  @Inject SecretVault vault;

  @Inject
  @ConfigProperty(name = "haven.api.rotation-grace-hours", defaultValue = "24")
  long graceHours;

  public List<CredentialStatus> overview() {
    tenant.tenantId();
    Map<Long, ApiCredential> byProduct =
        em.createQuery("select c from ApiCredential c", ApiCredential.class).getResultStream()
            .collect(Collectors.toMap(ApiCredential::getProductId, Function.identity()));
    List<CredentialStatus> out = new ArrayList<>();
    for (Product p : em.createQuery("select p from Product p order by p.id", Product.class).getResultList()) {
      ApiCredential c = byProduct.get(p.getId());
      out.add(
          new CredentialStatus(
              p.getId(), p.getName(), p.getAppId(), c != null,
              c == null ? null : c.getCreatedAt(),
              c == null ? null : c.getRotatedAt(),
              c == null ? null : c.getPreviousValidUntil()));
    }
    return out;
  }

  /** Longest grace period an operator may give the previous secret on a rotation: one week. */
  public static final int MAX_GRACE_HOURS = 168;

  /** Generates the product's first secret, or rotates it. The secret is returned only here. */
  public IssuedSecret issue(long productId) {
    return issue(productId, newSecret());
  }

  /**
   * As {@link #issue(long)}, with the previous secret valid for {@code graceHours} (0 to 168) after
   * a rotation: the operator chooses per rotation how long partners get to switch.
   */
  public IssuedSecret issue(long productId, Integer graceHours) {
    if (graceHours == null || graceHours < 0 || graceHours > MAX_GRACE_HOURS) {
      throw new InvalidInput(
          "graceHours", "credentials.graceHours.invalid", "Grace period must be a whole number of hours from 0 to " + MAX_GRACE_HOURS);
    }
    return issue(productId, newSecret(), graceHours);
  }

  /** The grace period a rotation gets unless the operator chooses another. */
  public long defaultGraceHours() {
    return graceHours;
  }

  IssuedSecret issue(long productId, String secret) {
    return issue(productId, secret, graceHours);
  }

  private IssuedSecret issue(long productId, String secret, long graceHours) {
    tenant.tenantId();
    Product product = em.find(Product.class, productId);
    if (product == null) {
      throw new NotFound("Product", productId);
    }
    ApiCredential credential =
        em.createQuery("select c from ApiCredential c where c.productId = :p", ApiCredential.class)
            .setParameter("p", productId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Instant now = StoredTime.now();
    if (credential == null) {
      em.persist(new ApiCredential(productId, product.getAppId(), vault.seal(secret), now));
      return new IssuedSecret(product.getAppId(), secret, null);
    }
    Instant graceEnd = now.plus(Duration.ofHours(graceHours));
    credential.rotate(vault.seal(secret), now, graceEnd);
    return new IssuedSecret(product.getAppId(), secret, graceEnd);
  }

  /** Finds the credential of an appId across tenants, with every secret valid right now. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<CallerCredential> resolve(String appId) {
    if (appId == null || appId.length() > 32) {
      return Optional.empty();
    }
    return directory.credential(
        appId,
        () ->
            tenant.acrossTenants(
                "api:" + appId,
                () ->
                    em.createQuery("select c from ApiCredential c where c.appId = :a", ApiCredential.class)
                        .setParameter("a", appId)
                        .getResultStream()
                        .findFirst()
                        .map(c -> new DirectoryCache.Valid(toCaller(c), graceEnd(c)))));
  }

  /** When the previous secret stops being valid by itself, if it still is. */
  private static Instant graceEnd(ApiCredential c) {
    Instant until = c.getPreviousValidUntil();
    return c.getPreviousSecretSealed() != null && until != null && StoredTime.now().isBefore(until) ? until : null;
  }

  private CallerCredential toCaller(ApiCredential c) {
    List<String> secrets = new ArrayList<>();
    secrets.add(vault.open(c.getSecretSealed()));
    if (c.getPreviousSecretSealed() != null
        && c.getPreviousValidUntil() != null
        && StoredTime.now().isBefore(c.getPreviousValidUntil())) {
      secrets.add(vault.open(c.getPreviousSecretSealed()));
    }
    return new CallerCredential(c.getTenantId(), c.getProductId(), c.getAppId(), secrets);
  }

  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
