package io.haven.tenancy.control;

import io.haven.tenancy.boundary.CallerCredential;
import io.haven.tenancy.boundary.StorefrontProduct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.infinispan.Cache;

/**
 * What every storefront and API request looks up first — the product and enterprise behind an
 * appId, and the partner credential — kept in the server's bounded, expiring {@code products}
 * cache (wildfly-config 20-infinispan.cli) so that a request does not open a transaction and
 * query the database before its real work. Any committed write of a product, an enterprise or a
 * credential empties it ({@link DirectoryInvalidation}); unknown appIds are never cached, so
 * made-up ids cannot fill it. A credential whose previous secret is in its grace period is kept
 * only until the grace ends.
 */
@ApplicationScoped
public class DirectoryCache {

  @Resource(lookup = "java:jboss/infinispan/cache/haven/products")
  Cache<String, Object> cache;

  public Optional<StorefrontProduct> product(String appId, Supplier<Optional<StorefrontProduct>> lookup) {
    String key = "store:" + appId;
    if (cache.get(key) instanceof StorefrontProduct hit) {
      return Optional.of(hit);
    }
    Optional<StorefrontProduct> found = lookup.get();
    found.ifPresent(p -> cache.put(key, p));
    return found;
  }

  /**
   * The product behind {@code appId} if it is cached, else null: a plain read for callers that
   * must not open a transaction when the cache answers (the storefront's door, its hot-list
   * handler); on null they go through {@code ProductDirectory}, which looks it up and caches it.
   */
  public StorefrontProduct cachedProduct(String appId) {
    return cache.get("store:" + appId) instanceof StorefrontProduct hit ? hit : null;
  }

  /**
   * The credential of an appId if it is cached, without a transaction or a query: the partner API
   * checks every signature with it, and goes to {@code ApiCredentials.resolve} (which fills the
   * cache) only on a miss.
   */
  public Optional<CallerCredential> cachedCredential(String appId) {
    return cache.get("api:" + appId) instanceof CallerCredential hit ? Optional.of(hit) : Optional.empty();
  }

  /** {@code lookup} answers the credential and until when its secrets stay as they are (or null). */
  public Optional<CallerCredential> credential(String appId, Supplier<Optional<Valid>> lookup) {
    String key = "api:" + appId;
    if (cache.get(key) instanceof CallerCredential hit) {
      return Optional.of(hit);
    }
    Optional<Valid> found = lookup.get();
    found.ifPresent(
        v -> {
          if (v.changesAt() == null) {
            cache.put(key, v.credential());
          } else {
            long millis = Duration.between(Instant.now(), v.changesAt()).toMillis();
            if (millis > 0) {
              cache.put(key, v.credential(), millis, TimeUnit.MILLISECONDS);
            }
          }
        });
    return found.map(Valid::credential);
  }

  /** After a product, enterprise or credential changed: everything is looked up again. */
  public void clear() {
    cache.clear();
  }

  /** A credential and the moment its set of valid secrets changes by itself (grace end), or null. */
  public record Valid(CallerCredential credential, Instant changesAt) {}
}
