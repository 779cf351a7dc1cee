package io.haven.tasks.control;

import io.haven.common.HavenException;
import io.haven.common.TenantContext;
import io.haven.mall.entity.Redeemed;
import io.haven.members.entity.MemberInvited;
import io.haven.tasks.boundary.AutomaticCompletions;
import io.haven.tasks.entity.LotteryJoined;
import io.haven.tasks.entity.TaskTemplate;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Completes "redeem in the mall", "join a lottery" and "invite a new member" tasks when those
 * things happen.
 *
 * <p>Observed {@code AFTER_SUCCESS}, each task then completed in a new transaction, rather than
 * inside the redemption's transaction: a failing task credit (cycle full, a lock timeout, a bug)
 * must never roll back or delay the redemption the member paid for, and a redemption that rolls
 * back must credit nothing — after-success sees only committed causes. The price is that a crash
 * between the two commits loses the task credit; points for a task are a bonus, a lost redemption
 * is not. Refusals are logged, never thrown back to the mall.
 */
@ApplicationScoped
public class TaskEvents {

  private static final Logger LOG = Logger.getLogger(TaskEvents.class.getName());

  @Inject AutomaticCompletions completions;
  @Inject TaskCandidates candidates;
  @Inject TenantContext tenant;

  void redeemed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Redeemed event) {
    String order = event.orderNumber() == null ? String.valueOf(event.listingId()) : event.orderNumber();
    String origin = "redeem:" + (order.length() > 57 ? order.substring(0, 57) : order);
    completeAll(event.tenantId(), event.memberId(), origin, event.productId(), TaskTemplate.REDEEM_IN_MALL, event.listingId(), null);
  }

  void lotteryJoined(@Observes(during = TransactionPhase.AFTER_SUCCESS) LotteryJoined event) {
    String origin = event.playId() == null ? null : "play:" + event.playId(); // one credit per play, however often told
    completeAll(event.tenantId(), event.memberId(), origin, event.productId(), TaskTemplate.JOIN_LOTTERY, null, event.activityId());
  }

  /**
   * A member created through another's invitation: the inviter's "invite a new member" tasks, once
   * per new member (the origin names the invitee; the completion's unique origin holds it).
   */
  void memberInvited(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberInvited event) {
    completeAll(event.tenantId(), event.inviterId(), "invite:" + event.inviteeId(), event.productId(), TaskTemplate.INVITE_MEMBER, null, null);
  }

  private void completeAll(
      long tenantId, long memberId, String origin, long productId, TaskTemplate template, Long listingId, Long activityId) {
    List<TaskCandidates.Candidate> tasks = candidates.of(tenantId, productId, template);
    if (tasks.isEmpty()) {
      return; // the usual case: no such task in this product — no tenant, no transaction, no query
    }
    boolean entered = false;
    if (!tenant.hasTenant()) {
      tenant.enterTenant(tenantId, "system:tasks");
      entered = true;
    } else if (tenant.tenantId() != tenantId) {
      LOG.warning(() -> "task event of tenant " + tenantId + " in a request of tenant " + tenant.tenantId() + ": ignored");
      return;
    }
    try {
      for (TaskCandidates.Candidate task : tasks) {
        if (!task.counts(listingId, activityId)) {
          continue;
        }
        long taskId = task.taskId();
        try {
          completions.completeOne(taskId, memberId, origin);
        } catch (HavenException refused) {
          LOG.fine(() -> "task " + taskId + " not completed for member " + memberId + ": " + refused.getMessage());
        } catch (EJBException | jakarta.persistence.PersistenceException failed) {
          LOG.log(Level.WARNING, "task " + taskId + " could not be completed for member " + memberId, failed);
        }
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "tasks for member " + memberId + " could not be completed", failed);
    } finally {
      if (entered) {
        tenant.leave();
      }
    }
  }
}
