package io.haven.members.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.members.control.ProgrammeCache;
import io.haven.members.control.TaskTerms;
import io.haven.members.entity.Member;
import io.haven.members.entity.MemberTask;
import io.haven.members.entity.MemberTaskCompletion;
import io.haven.members.entity.MemberTaskStatus;
import io.haven.tasks.entity.CycleRule;
import io.haven.tasks.entity.CycleWindow;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Member tasks (V4): the operator's settings, and completions the partner system posts. A
 * completion locks the member's row, counts the member's completions of the task in the cycle the
 * occurrence falls in (calendar cycles in the enterprise's time zone), takes the next place or is
 * refused naming the limit, and adds the task's growth value; the (task, member, cycle, place)
 * unique constraint backs the count up. The level follows from the new growth value.
 */
@Stateless
public class MemberTasks {

  /** A partner's clock may run a little ahead of ours; further ahead is a mistake. */
  static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
  private static final String TEXT = "[^\\p{Cntrl}\\p{Cs}]*";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject ProgrammeCache programmes;

  public Page<MemberTaskView> list(Long productId, MemberTaskStatus status, String search, int first, int size) {
    tenant.tenantId();
    return ListQuery.of(em, MemberTask.class, "t")
        .when(productId, "t.productId = :p", "p")
        .when(status, "t.status = :s", "s")
        .contains(search, "lower(t.name) like :q or lower(t.code) like :q", "q")
        .page("t.id desc", first, size, MemberTaskView::of);
  }

  public MemberTaskView get(long taskId) {
    return MemberTaskView.of(load(taskId));
  }

  public MemberTaskView add(long productId, MemberTaskSettings settings) {
    tenant.tenantId();
    Checked checked = check(settings);
    if (em.find(Product.class, productId) == null) {
      throw new NotFound("Product", productId);
    }
    requireFreeCode(productId, checked.code, null);
    MemberTask task = new MemberTask(productId, checked.code, StoredTime.now());
    apply(task, checked);
    em.persist(task);
    flushUnique(checked.code);
    return MemberTaskView.of(task);
  }

  public MemberTaskView change(long taskId, long expectedVersion, MemberTaskSettings settings) {
    Checked checked = check(settings);
    MemberTask task = load(taskId);
    if (task.getVersion() != expectedVersion) {
      throw new io.haven.tenancy.boundary.StaleEdit("Member task " + task.getName());
    }
    requireFreeCode(task.getProductId(), checked.code, task.getId());
    apply(task, checked);
    flushUnique(checked.code);
    return MemberTaskView.of(task);
  }

  public MemberTaskView switchStatus(long taskId, MemberTaskStatus status) {
    if (status == null) {
      throw new InvalidInput("status", "memberTask.status.invalid", "Status is required");
    }
    MemberTask task = load(taskId);
    task.switchTo(status);
    em.flush();
    return MemberTaskView.of(task);
  }

  /**
   * Records that the member the enterprise knows by {@code externalMemberId} completed the task
   * with this code at {@code occurredAt} (now when null), and answers the growth value and level
   * after it.
   *
   * <p>Three statements, the partner's idempotency key and answer around them making five in one
   * transaction ({@code PartnerRequests}): the task's terms, levels and time zone come from the
   * {@link ProgrammeCache}; then (1) the growth update takes the member's row lock, (2) one read
   * under that lock answers the member's id, the growth value after it and the completions the
   * member already has in the cycle, (3) the completion row is inserted. A full cycle throws, and
   * the rollback takes the growth back. The count runs in a statement after the lock, not inside
   * the locking one: H2 evaluates a locking select's subquery on the snapshot from before it
   * waited for the lock, and would miss the completion that just released it. The completions
   * already taken in the cycle are the highest slot number ({@code seq} runs 1, 2, … per member,
   * task and cycle under the unique slot key, and completions are never deleted): one seek at the
   * end of the index, where a count read every completion of the cycle — a cost that grew with
   * each completion of a generous task (10,000 a day).
   *
   * <p>No audit copy: the completion row is itself the immutable record of the partner's action
   * (tenant, product's task, member, when, reference, growth added and value after), and only the
   * product's partner API can write one; the growth value moves only with such rows. An audit
   * entry would repeat it, as a sixth statement on the API's hottest write.
   */
  public TaskCompletion complete(long productId, String externalMemberId, String taskCode, Instant occurredAt, String reference) {
    long tenantId = tenant.tenantId();
    Instant now = StoredTime.now();
    Instant at = occurredAt == null ? now : occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
      throw new InvalidInput("occurredAt", "memberTask.occurredAt.future", "occurredAt must not lie in the future");
    }
    String ref = requireReference(reference);
    ProgrammeCache.Programme programme = programmes.of(tenantId, productId);
    TaskTerms task = programme.task(taskCode == null ? "" : taskCode).orElseThrow(() -> new NotFound("Member task", taskCode));
    String member = externalMemberId == null ? "" : externalMemberId;
    if (!task.online() || !task.inWindow(at)) {
      // an unknown member is named first, as for an open task; only this refusal pays the query
      requireMember(tenantId, productId, member, externalMemberId);
      throw task.online()
          ? MemberTaskRuleBroken.outsideWindow(task.code(), task.onlineFrom(), task.onlineTo())
          : MemberTaskRuleBroken.offline(task.code());
    }
    CycleWindow cycle = task.cycle().windowAt(at, programme.zone());
    // native, so the tenant is stated by hand; the member's version is left alone (see Member)
    if (grow(tenantId, productId, member, task.growth()) != 1) {
      throw new NotFound("Member", externalMemberId);
    }
    Object[] mine =
        (Object[])
            em.createNativeQuery(
                    "select m.id, m.growth_value, (select coalesce(max(c.seq), 0) from member_task_completion c"
                        + " where c.task_id = ?1 and c.member_id = m.id and c.cycle_index = ?2)"
                        + " from member m where m.tenant_id = ?3 and m.product_id = ?4 and m.external_id = ?5")
                .setParameter(1, task.id())
                .setParameter(2, cycle.index())
                .setParameter(3, tenantId)
                .setParameter(4, productId)
                .setParameter(5, member)
                .getSingleResult();
    long memberId = ((Number) mine[0]).longValue();
    long after = ((Number) mine[1]).longValue();
    long taken = ((Number) mine[2]).longValue();
    if (taken >= task.perCycle()) {
      throw MemberTaskRuleBroken.cycleFull(task.code(), task.limit());
    }
    MemberTaskCompletion completion =
        new MemberTaskCompletion(task.id(), memberId, task.growth(), cycle.index(), (int) taken + 1, at, ref, after, now);
    try {
      em.persist(completion);
      em.flush();
    } catch (PersistenceException placeTaken) {
      // only reachable by a path that skipped the member lock: the constraint still holds the limit
      throw MemberTaskRuleBroken.cycleFull(task.code(), task.limit());
    }
    return TaskCompletion.of(completion, task, programme.levelFor(after).orElse(null));
  }

  private void requireMember(long tenantId, long productId, String member, String externalMemberId) {
    if (em.createNativeQuery("select m.id from member m where m.tenant_id = ?1 and m.product_id = ?2 and m.external_id = ?3")
        .setParameter(1, tenantId)
        .setParameter(2, productId)
        .setParameter(3, member)
        .getResultList()
        .isEmpty()) {
      throw new NotFound("Member", externalMemberId);
    }
  }

  /** Adds the growth to the member's row, which locks it until commit; 0 when there is no such member. */
  private int grow(long tenantId, long productId, String externalMemberId, int growth) {
    try {
      return em.createNativeQuery(
              "update member set growth_value = growth_value + ?1 where tenant_id = ?2 and product_id = ?3 and external_id = ?4")
          .setParameter(1, growth)
          .setParameter(2, tenantId)
          .setParameter(3, productId)
          .setParameter(4, externalMemberId)
          .executeUpdate();
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw MemberTaskRuleBroken.busy();
    }
  }

  /** The member's completions, newest first. */
  public Page<TaskCompletion> history(long memberId, int first, int size) {
    tenant.tenantId();
    if (em.find(Member.class, memberId) == null) {
      throw new NotFound("Member", memberId);
    }
    Map<Long, MemberTask> tasks = new java.util.HashMap<>();
    return ListQuery.of(em, MemberTaskCompletion.class, "c")
        .when(memberId, "c.memberId = :m", "m")
        .page(
            "c.id desc",
            first,
            size,
            c -> {
              MemberTask task = tasks.computeIfAbsent(c.getTaskId(), id -> em.find(MemberTask.class, id));
              return TaskCompletion.of(c, task, null);
            });
  }

  private Optional<MemberTask> byCode(long productId, String code) {
    return em.createQuery("select t from MemberTask t where t.productId = :p and t.code = :c", MemberTask.class)
        .setParameter("p", productId)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  private MemberTask load(long taskId) {
    tenant.tenantId();
    MemberTask task = em.find(MemberTask.class, taskId);
    if (task == null) {
      throw new NotFound("Member task", taskId);
    }
    return task;
  }

  private void requireFreeCode(long productId, String code, Long except) {
    Optional<MemberTask> other = byCode(productId, code);
    if (other.isPresent() && !other.get().getId().equals(except)) {
      throw MemberTaskRuleBroken.codeTaken(code);
    }
  }

  private void flushUnique(String code) {
    try {
      em.flush();
    } catch (OptimisticLockException concurrentEdit) {
      // another console saved this task meanwhile: not a taken code, a write conflict ("try again")
      throw concurrentEdit;
    } catch (PersistenceException concurrentAdd) {
      throw MemberTaskRuleBroken.codeTaken(code);
    }
  }

  private static void apply(MemberTask task, Checked c) {
    task.change(c.code, c.name, c.growth, c.cycle, c.from, c.to, c.description);
  }

  private record Checked(String code, String name, int growth, CycleRule cycle, Instant from, Instant to, String description) {}

  private static Checked check(MemberTaskSettings s) {
    if (s == null) {
      throw new InvalidInput("name", "memberTask.name.invalid", "Name must be 1 to " + MemberTask.NAME_MAX + " characters");
    }
    if (s.code() == null || !s.code().strip().matches(MemberTask.CODE)) {
      throw new InvalidInput("code", "memberTask.code.invalid", "Code must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -");
    }
    if (s.name() == null || s.name().isBlank() || s.name().strip().length() > MemberTask.NAME_MAX || !s.name().matches(TEXT)) {
      throw new InvalidInput("name", "memberTask.name.invalid", "Name must be 1 to " + MemberTask.NAME_MAX + " characters");
    }
    if (s.growth() == null || s.growth() < 1 || s.growth() > MemberTask.GROWTH_MAX) {
      throw new InvalidInput("growth", "memberTask.growth.invalid", "Growth value must be a whole number from 1 to " + MemberTask.GROWTH_MAX);
    }
    if (s.cycleType() == null) {
      throw new InvalidInput("cycleType", "memberTask.cycleType.invalid", "Choose a cycle type");
    }
    if (s.cycleCount() == null || s.cycleCount() < 1 || s.cycleCount() > CycleRule.MAX_COUNT) {
      throw new InvalidInput("cycleCount", "memberTask.cycleCount.invalid", "Cycle count must be a whole number from 1 to " + CycleRule.MAX_COUNT);
    }
    if (s.perCycle() == null || s.perCycle() < 1 || s.perCycle() > CycleRule.MAX_PER_CYCLE) {
      throw new InvalidInput(
          "perCycle", "memberTask.perCycle.invalid", "Completions per cycle must be a whole number from 1 to " + CycleRule.MAX_PER_CYCLE);
    }
    if (s.onlineFrom() != null && s.onlineTo() != null && !s.onlineTo().isAfter(s.onlineFrom())) {
      throw new InvalidInput("onlineTo", "memberTask.window.invalid", "The online window must end after it starts");
    }
    String description = s.description() == null ? null : s.description().strip();
    if (description != null && (description.length() > MemberTask.DESCRIPTION_MAX || !description.matches(TEXT.replace("\\p{Cntrl}", "\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F")))) {
      throw new InvalidInput(
          "description", "memberTask.description.invalid", "Description must be at most " + MemberTask.DESCRIPTION_MAX + " characters");
    }
    return new Checked(
        s.code().strip(), s.name().strip(), s.growth(), new CycleRule(s.cycleType(), s.cycleCount(), s.perCycle()),
        s.onlineFrom(), s.onlineTo(), description);
  }

  private static String requireReference(String reference) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    if (reference.strip().length() > 64 || !reference.matches(TEXT)) {
      throw new InvalidInput("reference", "memberTask.reference.invalid", "Reference must be at most 64 characters");
    }
    return reference.strip();
  }
}
