package io.haven.members.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.members.control.ProductLevels;
import io.haven.members.entity.Member;
import io.haven.members.entity.MemberTask;
import io.haven.members.entity.MemberTaskCompletion;
import io.haven.members.entity.MemberTaskStatus;
import io.haven.tasks.entity.CycleRule;
import io.haven.tasks.entity.CycleWindow;
import io.haven.tenancy.entity.Enterprise;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
  static final int LOCK_TIMEOUT_MS = 5000;
  private static final String TEXT = "[^\\p{Cntrl}\\p{Cs}]*";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject ProductLevels ladders;

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
   */
  public TaskCompletion complete(long productId, String externalMemberId, String taskCode, Instant occurredAt, String reference) {
    tenant.tenantId();
    Instant now = StoredTime.now();
    Instant at = occurredAt == null ? now : occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
      throw new InvalidInput("occurredAt", "memberTask.occurredAt.future", "occurredAt must not lie in the future");
    }
    String ref = requireReference(reference);
    MemberTask task =
        byCode(productId, taskCode == null ? "" : taskCode).orElseThrow(() -> new NotFound("Member task", taskCode));
    // only the id before the lock: the member row itself is read fresh, locked, below
    Long memberId =
        em.createQuery("select m.id from Member m where m.productId = :p and m.externalId = :x", Long.class)
            .setParameter("p", productId)
            .setParameter("x", externalMemberId == null ? "" : externalMemberId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFound("Member", externalMemberId));
    if (task.getStatus() != MemberTaskStatus.ONLINE) {
      throw MemberTaskRuleBroken.offline(task.getCode());
    }
    if (!task.inWindow(at)) {
      throw MemberTaskRuleBroken.outsideWindow(task.getCode(), task.getOnlineFrom(), task.getOnlineTo());
    }
    CycleWindow cycle = task.getCycle().windowAt(at, zone());
    Member member = lock(memberId);
    long taken =
        em.createQuery(
                "select count(c) from MemberTaskCompletion c where c.taskId = :t and c.memberId = :m and c.cycleIndex = :i", Long.class)
            .setParameter("t", task.getId())
            .setParameter("m", member.getId())
            .setParameter("i", cycle.index())
            .getSingleResult();
    String limit = MemberTaskView.of(task).limit();
    if (taken >= task.getCycle().getPerCycle()) {
      throw MemberTaskRuleBroken.cycleFull(task.getCode(), limit);
    }
    long after = Math.addExact(member.getGrowthValue(), task.getGrowth());
    // native, so the tenant is stated by hand; the current value in the guard makes it exact even
    // for a caller that forgot the lock (then nothing changes and the completion is refused)
    int grown =
        em.createNativeQuery(
                "update member set growth_value = ?1 where id = ?2 and tenant_id = ?3 and growth_value = ?4")
            .setParameter(1, after)
            .setParameter(2, member.getId())
            .setParameter(3, tenant.tenantId())
            .setParameter(4, member.getGrowthValue())
            .executeUpdate();
    if (grown != 1) {
      throw MemberTaskRuleBroken.busy();
    }
    MemberTaskCompletion completion =
        new MemberTaskCompletion(task, member, cycle.index(), (int) taken + 1, at, ref, after, now);
    em.persist(completion);
    try {
      em.flush();
    } catch (PersistenceException placeTaken) {
      // only reachable by a path that skipped the member lock: the constraint still holds the limit
      throw MemberTaskRuleBroken.cycleFull(task.getCode(), limit);
    }
    LevelView level = ladders.ladder(task.getProductId()).levelFor(after).map(LevelView::of).orElse(null);
    return TaskCompletion.of(completion, task, level);
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

  private Member lock(long memberId) {
    try {
      return em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE, Map.of("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS));
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw MemberTaskRuleBroken.busy();
    }
  }

  private ZoneId zone() {
    Enterprise enterprise = em.find(Enterprise.class, tenant.tenantId());
    return ZoneId.of(enterprise.getTimeZone());
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
