package io.haven.members.control;

import io.haven.members.boundary.LevelView;
import io.haven.members.entity.MemberLevel;
import io.haven.members.entity.MemberTask;
import io.haven.tenancy.entity.Enterprise;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.infinispan.Cache;

/**
 * A product's member programme — its member tasks by code, its levels and the enterprise's time
 * zone — as a partner completion reads it, kept in the server's {@code member-programme} cache
 * (wildfly-config 20-infinispan.cli) so that a completion runs no query for it: the only
 * statements left are the member's own rows. Any committed change of a member task, a level or an
 * enterprise empties the cache ({@link ProgrammeInvalidation}).
 *
 * <p>Keys carry a <em>generation</em> that lives in the same cache, so emptying it also retires
 * the generation: a programme read while a change was still uncommitted, and put after the cache
 * was emptied, lands under the old generation, where nobody looks again. Correctness never rests
 * on this copy alone: the member's lock, the guarded growth update and the (task, member, cycle,
 * place) constraint decide every completion.
 */
@ApplicationScoped
public class ProgrammeCache {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String GENERATION = "generation";

  /** One product's programme, immutable. */
  public record Programme(ZoneId zone, Map<String, TaskTerms> tasks, List<LevelView> levels) {

    public Optional<TaskTerms> task(String code) {
      return Optional.ofNullable(tasks.get(code));
    }

    /** The highest level whose minimum the growth value reached; empty below the first level. */
    public Optional<LevelView> levelFor(long growth) {
      LevelView reached = null;
      for (LevelView level : levels) {
        if (level.minGrowth() <= growth) {
          reached = level;
        }
      }
      return Optional.ofNullable(reached);
    }
  }

  @Resource(lookup = "java:jboss/infinispan/cache/haven/member-programme")
  Cache<String, Object> cache;

  @PersistenceContext EntityManager em;
  @Inject ProductLevels levels;

  /** The product's programme, read within the current tenant on a miss. */
  public Programme of(long tenantId, long productId) {
    String key = generation() + ":" + tenantId + ":" + productId;
    if (cache.get(key) instanceof Programme hit) {
      return hit;
    }
    Programme read = read(tenantId, productId);
    cache.put(key, read);
    return read;
  }

  /** After a committed change of a task, a level or an enterprise: everything is read again. */
  public void clear() {
    cache.clear();
  }

  private Programme read(long tenantId, long productId) {
    Map<String, TaskTerms> tasks =
        em.createQuery("select t from MemberTask t where t.productId = :p", MemberTask.class)
            .setParameter("p", productId)
            .getResultStream()
            .map(TaskTerms::of)
            .collect(Collectors.toUnmodifiableMap(TaskTerms::code, Function.identity()));
    List<LevelView> ladder =
        levels.ranked(productId).stream()
            .sorted(Comparator.comparingLong(MemberLevel::getMinGrowth))
            .map(l -> new LevelView(
                l.getId(), l.getProductId(), l.getName(), l.getMinGrowth(), l.getBadgeType(), l.getBadgeSize(), l.getVersion(),
                l.getCreatedAt()))
            .toList();
    ZoneId zone = ZoneId.of(em.find(Enterprise.class, tenantId).getTimeZone());
    return new Programme(zone, tasks, ladder);
  }

  private long generation() {
    if (cache.get(GENERATION) instanceof Long g) {
      return g;
    }
    Long fresh = RANDOM.nextLong() & Long.MAX_VALUE;
    return cache.putIfAbsent(GENERATION, fresh) instanceof Long raced ? raced : fresh;
  }
}
