package io.haven.tasks.boundary;

import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.tasks.control.TaskCandidates;
import io.haven.tasks.control.TaskCompleter;
import io.haven.tasks.control.TenantCalendar;
import io.haven.tasks.entity.PointsTask;
import io.haven.tasks.entity.TaskStatus;
import io.haven.tasks.entity.TaskTemplate;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Completions that something else causes: a redemption in the mall, joining a lottery. Each task
 * is completed in a transaction of its own, after the cause committed (see
 * {@link io.haven.tasks.control.TaskEvents}): a task that cannot be credited (its cycle is full,
 * say) neither undoes the redemption nor stops the member's other tasks.
 */
@Stateless
public class AutomaticCompletions {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject TenantCalendar calendar;
  @Inject TaskCompleter completer;

  /**
   * Online tasks of the template in the product, in the order the observer completes them, with
   * their settings (which listings or activity count); read once, then kept by
   * {@link TaskCandidates}.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<TaskCandidates.Candidate> candidates(long productId, TaskTemplate template) {
    tenant.tenantId();
    return em.createQuery(
            "select t from PointsTask t where t.productId = :p and t.template = :tpl and t.status = :s order by t.weight desc, t.id",
            PointsTask.class)
        .setParameter("p", productId)
        .setParameter("tpl", template)
        .setParameter("s", TaskStatus.ONLINE)
        .getResultStream()
        .map(t -> new TaskCandidates.Candidate(t.getId(), t.typeSettings()))
        .toList();
  }

  /** Completes one task for the member in its own transaction; {@code origin} is credited once. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CompletionView completeOne(long taskId, long memberId, String origin) {
    tenant.tenantId();
    PointsTask task = em.find(PointsTask.class, taskId);
    if (task == null) {
      throw new io.haven.common.NotFound("Task", taskId);
    }
    return CompletionView.of(completer.complete(task, memberId, StoredTime.now(), calendar.zone(), origin));
  }
}
