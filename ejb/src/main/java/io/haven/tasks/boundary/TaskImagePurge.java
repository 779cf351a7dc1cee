package io.haven.tasks.boundary;

import io.haven.common.StoredTime;
import io.haven.tasks.entity.TaskImage;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Removes task icons and QR codes whose form was never saved: uploaded, left detached, and older
 * than {@link TaskImage#DETACHED_KEPT}. Hourly, for every enterprise at once, so the delete is
 * native SQL without a tenant predicate on purpose. An image a task refers to is never removed,
 * even if a flag were wrong: the icon's foreign key would otherwise fail the whole sweep.
 */
@Singleton
public class TaskImagePurge {

  private static final Logger LOG = Logger.getLogger(TaskImagePurge.class.getName());

  @PersistenceContext EntityManager em;

  @Schedule(hour = "*", minute = "41", persistent = false)
  void purgeAbandonedUploads() {
    int removed = purgeDetachedBefore(StoredTime.now().minus(TaskImage.DETACHED_KEPT));
    LOG.fine(() -> "removed " + removed + " abandoned task image uploads");
  }

  /** Removes the detached uploads made before {@code cutoff}; answers how many. */
  public int purgeDetachedBefore(Instant cutoff) {
    return em.createNativeQuery(
            "delete from task_image where attached = false and kind <> 'RECEIPT' and created_at < ?1"
                + " and id not in (select icon_image_id from points_task where icon_image_id is not null)")
        .setParameter(1, cutoff)
        .executeUpdate();
  }
}
