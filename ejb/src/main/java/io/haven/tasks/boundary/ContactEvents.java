package io.haven.tasks.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.members.entity.Member;
import io.haven.tasks.control.TaskCompleter;
import io.haven.tasks.control.TenantCalendar;
import io.haven.tasks.entity.PointsTask;
import io.haven.tasks.entity.TaskStatus;
import io.haven.tasks.entity.TaskTemplate;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Completes "add the customer-service friend" and "join the group" tasks (K1 ACQUISITION) from the
 * enterprise's WeCom events, one transaction per event. In order, refusing before anything is
 * written: the event's own fields; the product's online task of the event's kind with the
 * event's configuration id (another enterprise's id finds none: the tenant filter); the member, in
 * this product only; the task's online window at the event's time; then {@link TaskCompleter}
 * under the member's account lock, with the origin {@code wecom:<eventId>}, so an event delivered
 * any number of times, in parallel or not, credits once (the completion's unique origin is the
 * second line), and the task's completions per cycle still bound the credits.
 */
@Stateless
public class ContactEvents {

  /** The event id, as kept in the completion's origin ("wecom:" + id, 64 characters at most). */
  public static final String EVENT_ID = "[A-Za-z0-9_.:@-]{1,58}";
  /** Clocks differ: an event a little in the future is taken, further is a mistake. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject TenantCalendar calendar;
  @Inject TaskCompleter completer;

  /** An event about the member the enterprise knows by {@code externalMemberId} (partner API). */
  public CompletionView receive(long productId, ContactEvent event, String externalMemberId) {
    TaskAndEvent checked = check(productId, event);
    Member member =
        em.createQuery("select m from Member m where m.productId = :p and m.externalId = :x", Member.class)
            .setParameter("p", productId)
            .setParameter("x", Objects.requireNonNullElse(externalMemberId, ""))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFound("Member", externalMemberId));
    return complete(checked, member.getId());
  }

  /** An event about a member by Haven's id (the sandbox's test events). */
  public CompletionView receive(long productId, ContactEvent event, long memberId) {
    TaskAndEvent checked = check(productId, event);
    Member member = em.find(Member.class, memberId);
    if (member == null || member.getProductId() != productId) {
      throw new NotFound("Member", memberId);
    }
    return complete(checked, memberId);
  }

  /** The event kind and configuration id a contact task listens to, for the sandbox. */
  public ContactEvent.Type typeOf(long taskId) {
    PointsTask task = task(taskId);
    ContactEvent.Type type = ContactEvent.Type.of(task.getTemplate());
    if (type == null) {
      throw ContactRuleBroken.notContactTask();
    }
    return type;
  }

  public String configurationOf(long taskId) {
    typeOf(taskId);
    return task(taskId).typeSettings().configurationId();
  }

  public long productOf(long taskId) {
    return task(taskId).getProductId();
  }

  private PointsTask task(long taskId) {
    tenant.tenantId();
    PointsTask task = em.find(PointsTask.class, taskId);
    if (task == null) {
      throw new NotFound("Task", taskId);
    }
    return task;
  }

  private record TaskAndEvent(PointsTask task, ContactEvent event) {}

  private TaskAndEvent check(long productId, ContactEvent event) {
    tenant.tenantId();
    if (event == null || event.type() == null) {
      throw new InvalidInput("type", "task.contact.type", "type must be SERVICE_FRIEND_ADDED or GROUP_JOINED");
    }
    if (event.eventId() == null || !event.eventId().matches(EVENT_ID)) {
      throw new InvalidInput("eventId", "task.contact.eventId", "eventId must be 1 to 58 characters of A-Z, a-z, 0-9 and _ . : @ -");
    }
    if (event.configurationId() == null || event.configurationId().isBlank() || event.configurationId().length() > 64) {
      throw new InvalidInput("configurationId", "task.contact.configurationId", "configurationId must be 1 to 64 characters");
    }
    if (event.occurredAt() == null || event.occurredAt().isAfter(StoredTime.now().plus(CLOCK_SKEW))) {
      throw new InvalidInput("occurredAt", "task.contact.occurredAt", "occurredAt must be given and not lie in the future");
    }
    PointsTask task = onlineTask(productId, event.type().template, event.configurationId().strip());
    if (!task.isOpenAt(event.occurredAt())) {
      throw ContactRuleBroken.outsideWindow(task.getTitle());
    }
    return new TaskAndEvent(task, event);
  }

  /** The product's online task of the template with this configuration id; the highest weight wins a tie. */
  private PointsTask onlineTask(long productId, TaskTemplate template, String configurationId) {
    return em.createQuery(
            "select t from PointsTask t where t.productId = :p and t.template = :tpl and t.status = :s order by t.weight desc, t.id",
            PointsTask.class)
        .setParameter("p", productId)
        .setParameter("tpl", template)
        .setParameter("s", TaskStatus.ONLINE)
        .getResultStream()
        .filter(t -> configurationId.equals(t.typeSettings().configurationId()))
        .findFirst()
        .orElseThrow(() -> ContactRuleBroken.unknownConfiguration(configurationId));
  }

  private CompletionView complete(TaskAndEvent checked, long memberId) {
    return CompletionView.of(
        completer.complete(checked.task(), memberId, checked.event().occurredAt(), calendar.zone(), "wecom:" + checked.event().eventId()));
  }
}
