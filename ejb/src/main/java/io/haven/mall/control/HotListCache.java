package io.haven.mall.control;

import io.haven.inventory.entity.SubInventoryChanged;
import io.haven.mall.entity.ListingsChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.security.SecureRandom;
import java.util.function.Supplier;
import org.infinispan.Cache;

/**
 * The storefront's goods-list pages as {@link HotPage}s (pre-serialised JSON, its gzip copy and
 * their entity tags) in the server's bounded,
 * expiring {@code hot-lists} cache (20,000 entries, 10 minutes; wildfly-config 20-infinispan.cli).
 *
 * <p>Keys carry the tenant, the product and the product's current <em>generation</em>:
 * {@code list:{tenant}:{product}:{generation}:{group}:{page}:{size}}. A change of the product's
 * lists (after its transaction commits) gives the product a new generation, so every older page
 * becomes unreachable at once and ages out; a page built from data read before the change is
 * stored under the old generation, where no reader looks, so a slow reader racing an
 * invalidation cannot put a stale page back. A lost generation entry (evicted) just means a new
 * random one: pages are rebuilt, never served stale. Correctness never depends on the cache;
 * redemption reads the database.
 *
 * <p>Readers that must not start any work on a miss (the storefront's {@code HotListHandler}, on
 * an I/O thread) use {@link #cached}: it never creates a generation, so a product whose pages
 * were invalidated or never built is a miss until the normal path fills it again.
 */
@ApplicationScoped
public class HotListCache {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Resource(lookup = "java:jboss/infinispan/cache/haven/hot-lists")
  Cache<String, Object> cache;

  /** The cached page, or the page built from the JSON {@code build} returns (then cached). */
  public HotPage page(long tenantId, long productId, String group, int page, int size, Supplier<byte[]> build) {
    String key = pageKey(tenantId, productId, group, page, size);
    if (cache.get(key) instanceof HotPage hit) {
      return hit;
    }
    HotPage built = HotPage.of(build.get());
    cache.put(key, built);
    return built;
  }

  /**
   * The page if it is cached under the product's current generation, else null. Reads only: no
   * generation is made and nothing is built, so it costs two map lookups and starts no work.
   */
  public HotPage cached(long tenantId, long productId, String group, int page, int size) {
    if (!(cache.get(generationKey(tenantId, productId)) instanceof Long generation)) {
      return null;
    }
    return cache.get(key(tenantId, productId, generation, group, page, size)) instanceof HotPage hit ? hit : null;
  }

  /** The key a page is cached under now; it names the tenant first. */
  public String pageKey(long tenantId, long productId, String group, int page, int size) {
    return key(tenantId, productId, generation(tenantId, productId), group, page, size);
  }

  private static String key(long tenantId, long productId, long generation, String group, int page, int size) {
    return "list:" + tenantId + ":" + productId + ":" + generation + ":" + group + ":" + page + ":" + size;
  }

  /** After the change committed: the product's lists get a new generation. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingsChanged change) {
    invalidate(change.tenantId(), change.productId());
  }

  /** A sub-inventory behind some listings went online/offline or changed its units. */
  void stockChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubInventoryChanged change) {
    invalidate(change.tenantId(), change.productId());
  }

  public void invalidate(long tenantId, long productId) {
    cache.put(generationKey(tenantId, productId), RANDOM.nextLong() & Long.MAX_VALUE);
  }

  private long generation(long tenantId, long productId) {
    String key = generationKey(tenantId, productId);
    Object current = cache.get(key);
    if (current instanceof Long g) {
      return g;
    }
    Long fresh = RANDOM.nextLong() & Long.MAX_VALUE;
    Object raced = cache.putIfAbsent(key, fresh);
    return raced instanceof Long g ? g : fresh;
  }

  private static String generationKey(long tenantId, long productId) {
    return "gen:" + tenantId + ":" + productId;
  }
}
