package io.haven.tasks.boundary;

import io.haven.common.StoredTime;
import io.haven.tasks.entity.TaskImage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes task icons and QR codes whose form was never saved: uploaded, left detached, and older
 * than {@link TaskImage#DETACHED_KEPT}. Hourly, for every enterprise at once, so the delete is
 * native SQL without a tenant predicate on purpose. An image a task refers to is never removed,
 * even if a flag were wrong: the icon's foreign key would otherwise fail the whole sweep.
 *
 * <p>The timer is created from configuration rather than a fixed {@code @Schedule}, so a test can
 * watch the real timer fire on a schedule of seconds ({@code TaskImagePurgeTimerIT}) instead of
 * calling the method: {@code haven.tasks.image-purge.schedule} is "second minute hour" of an EJB
 * calendar expression (every hour at :41 by default), {@code haven.tasks.image-purge.keep} an
 * ISO-8601 duration (a day by default).
 */
@Singleton
@Startup
public class TaskImagePurge {

  private static final Logger LOG = Logger.getLogger(TaskImagePurge.class.getName());

  @PersistenceContext EntityManager em;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "haven.tasks.image-purge.schedule", defaultValue = "0 41 *")
  String schedule;

  @Inject
  @ConfigProperty(name = "haven.tasks.image-purge.keep")
  Optional<String> keep;

  private Duration kept;

  @PostConstruct
  void start() {
    kept = keep.map(Duration::parse).orElse(TaskImage.DETACHED_KEPT);
    String[] at = schedule.strip().split("\\s+");
    if (at.length != 3) {
      throw new IllegalStateException("haven.tasks.image-purge.schedule must be 'second minute hour', not '" + schedule + "'");
    }
    // not persistent: a purge missed while the server was down is simply done at the next one
    timers.createCalendarTimer(
        new ScheduleExpression().second(at[0]).minute(at[1]).hour(at[2]), new TimerConfig("task image purge", false));
  }

  @Timeout
  void purgeAbandonedUploads() {
    int removed = purgeDetachedBefore(StoredTime.now().minus(kept));
    LOG.fine(() -> "removed " + removed + " abandoned task image uploads");
  }

  /**
   * Removes the detached uploads made before {@code cutoff}; answers how many. A QR code is
   * referred to only from a task's settings text ({@code "qrImageId":12} in compact JSON, followed
   * by a comma or the closing brace), so that text is searched for its id as well.
   */
  public int purgeDetachedBefore(Instant cutoff) {
    return em.createNativeQuery(
            "delete from task_image where attached = false and kind <> 'RECEIPT' and created_at < ?1"
                + " and id not in (select icon_image_id from points_task where icon_image_id is not null)"
                + " and not exists (select 1 from points_task t where t.settings like concat('%\"qrImageId\":', task_image.id, ',%')"
                + " or t.settings like concat('%\"qrImageId\":', task_image.id, '}%'))")
        .setParameter(1, cutoff)
        .executeUpdate();
  }
}
