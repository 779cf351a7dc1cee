package io.haven.tasks.control;

import io.haven.points.boundary.PointsLedger;
import io.haven.points.control.PointsAccounts;
import io.haven.points.entity.PointsSource;
import io.haven.tasks.boundary.TaskRuleBroken;
import io.haven.tasks.entity.CycleWindow;
import io.haven.tasks.entity.PointsTask;
import io.haven.tasks.entity.SubmissionStatus;
import io.haven.tasks.entity.TaskCompletion;
import io.haven.tasks.entity.TaskSettings;
import io.haven.tasks.entity.TaskTemplate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Takes one place in a task's cycle for a member and credits its points, in the caller's
 * transaction. The member's points account is locked first, so one member's completions (and
 * receipt submissions) run one after the other and the count of used places is exact; the unique
 * (task, member, cycle, seq) constraint is the second line should anything bypass the lock.
 */
@Dependent
public class TaskCompleter {

  @PersistenceContext EntityManager em;
  @Inject PointsAccounts accounts;
  @Inject PointsLedger ledger;

  /** The member's account lock: everything that counts a member's places holds it first. */
  public void lockMember(long memberId) {
    accounts.lock(memberId);
  }

  /**
   * Completes {@code task} for the member at {@code at}, or refuses: not open, the cycle's places
   * used up, or (with an origin) that origin already credited.
   */
  public TaskCompletion complete(PointsTask task, long memberId, Instant at, ZoneId zone, String origin) {
    if (!task.isOpenAt(at)) {
      throw TaskRuleBroken.notOpen(task.getTitle());
    }
    lockMember(memberId);
    if (origin != null && originUsed(task.getId(), memberId, origin)) {
      throw TaskRuleBroken.alreadyCredited(origin);
    }
    CycleWindow window = task.getCycle().windowAt(at, zone);
    long done = completions(task.getId(), memberId, window.index());
    long used = done + pendingSubmissions(task.getId(), memberId, window.index());
    if (used >= task.getCycle().getPerCycle()) {
      throw TaskRuleBroken.cycleFull(task.getCycle());
    }
    int points = task.getPoints();
    Integer streak = null;
    if (task.getTemplate() == TaskTemplate.CONSECUTIVE_SIGN_IN) {
      TaskCompletion last = lastCompletion(task.getId(), memberId);
      streak = SignInStreak.next(last == null ? null : last.getCycleIndex(), last == null ? null : last.getStreak(), window.index());
      TaskSettings settings = task.typeSettings();
      points += SignInStreak.bonus(streak, nz(settings.bonusDay3()), nz(settings.bonusDay7()));
    }
    int seq = (int) done + 1;
    return credit(task, memberId, window.index(), seq, points, streak, origin, at);
  }

  /** Credits an approved receipt in the cycle it was submitted in (its place was held while pending). */
  public TaskCompletion completeReviewed(PointsTask task, long memberId, long cycleIndex, Instant at) {
    lockMember(memberId);
    int seq = (int) completions(task.getId(), memberId, cycleIndex) + 1;
    return credit(task, memberId, cycleIndex, seq, task.getPoints(), null, null, at);
  }

  private TaskCompletion credit(
      PointsTask task, long memberId, long cycleIndex, int seq, int points, Integer streak, String origin, Instant at) {
    int limit = task.getCycle().getPerCycle();
    if (seq > limit) {
      throw TaskRuleBroken.cycleFull(task.getCycle());
    }
    TaskCompletion completion = new TaskCompletion(task.getId(), memberId, cycleIndex, seq, limit, points, streak, origin, at);
    try {
      em.persist(completion);
      em.flush();
    } catch (PersistenceException raced) {
      // only reachable if the member lock was bypassed: the unique place or the limit check decided
      throw TaskRuleBroken.cycleFull(task.getCycle());
    }
    ledger.credit(memberId, points, PointsSource.TASK, completion.ledgerReference(), task.getTitle());
    return completion;
  }

  /** Places taken in a cycle: credited completions plus receipt submissions still under review. */
  public long placesUsed(long taskId, long memberId, long cycleIndex) {
    return completions(taskId, memberId, cycleIndex) + pendingSubmissions(taskId, memberId, cycleIndex);
  }

  public long completions(long taskId, long memberId, long cycleIndex) {
    return em.createQuery(
            "select count(c) from TaskCompletion c where c.taskId = :t and c.memberId = :m and c.cycleIndex = :i", Long.class)
        .setParameter("t", taskId)
        .setParameter("m", memberId)
        .setParameter("i", cycleIndex)
        .getSingleResult();
  }

  public long pendingSubmissions(long taskId, long memberId, long cycleIndex) {
    return em.createQuery(
            "select count(s) from ReceiptSubmission s where s.taskId = :t and s.memberId = :m and s.cycleIndex = :i and s.status = :p",
            Long.class)
        .setParameter("t", taskId)
        .setParameter("m", memberId)
        .setParameter("i", cycleIndex)
        .setParameter("p", SubmissionStatus.PENDING)
        .getSingleResult();
  }

  public TaskCompletion lastCompletion(long taskId, long memberId) {
    return em.createQuery(
            "select c from TaskCompletion c where c.taskId = :t and c.memberId = :m order by c.cycleIndex desc, c.seq desc",
            TaskCompletion.class)
        .setParameter("t", taskId)
        .setParameter("m", memberId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private boolean originUsed(long taskId, long memberId, String origin) {
    return em.createQuery(
            "select count(c) from TaskCompletion c where c.taskId = :t and c.memberId = :m and c.origin = :o", Long.class)
        .setParameter("t", taskId)
        .setParameter("m", memberId)
        .setParameter("o", origin)
        .getSingleResult() > 0;
  }

  private static int nz(Integer value) {
    return value == null ? 0 : value;
  }
}
