package io.haven.tasks.control;

import io.haven.tasks.boundary.AutomaticCompletions;
import io.haven.tasks.entity.TaskSettings;
import io.haven.tasks.entity.TaskTemplate;
import io.haven.tasks.entity.TasksChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import org.infinispan.Cache;

/**
 * The online tasks of a template in a product — what {@link TaskEvents} completes after each
 * redemption or lottery entry — kept in the server's {@code hot-lists} cache, so that the usual
 * answer ("no such task", or the same few tasks) costs no transaction and no query per
 * redemption. Keys carry the tenant, the product and the product's task <em>generation</em>,
 * which a committed task change replaces ({@link TasksChanged}, after success): a list read
 * before the change lands under the old generation, where nobody looks (the same scheme as the
 * mall's list pages). Whether a task really credits is decided by the completion itself, under
 * the member's lock; this only says which tasks to try.
 */
@ApplicationScoped
public class TaskCandidates {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A task to try, with the settings that say which listings or activity it counts. */
  public record Candidate(long taskId, TaskSettings settings) {

    public boolean counts(Long listingId, Long activityId) {
      return (listingId == null || settings.countsListing(listingId))
          && (activityId == null || activityId.equals(settings.activityId()));
    }
  }

  @Resource(lookup = "java:jboss/infinispan/cache/haven/hot-lists")
  Cache<String, Object> cache;

  @Inject AutomaticCompletions completions;

  @SuppressWarnings("unchecked")
  public List<Candidate> of(long tenantId, long productId, TaskTemplate template) {
    String key = "tasks:" + tenantId + ":" + productId + ":" + generation(tenantId, productId) + ":" + template;
    if (cache.get(key) instanceof List<?> hit) {
      return (List<Candidate>) hit;
    }
    List<Candidate> found = List.copyOf(completions.candidates(productId, template));
    cache.put(key, found);
    return found;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TasksChanged change) {
    cache.put(generationKey(change.tenantId(), change.productId()), RANDOM.nextLong() & Long.MAX_VALUE);
  }

  private long generation(long tenantId, long productId) {
    String key = generationKey(tenantId, productId);
    if (cache.get(key) instanceof Long g) {
      return g;
    }
    Long fresh = RANDOM.nextLong() & Long.MAX_VALUE;
    return cache.putIfAbsent(key, fresh) instanceof Long raced ? raced : fresh;
  }

  private static String generationKey(long tenantId, long productId) {
    return "task-gen:" + tenantId + ":" + productId;
  }
}
