package io.haven.tasks.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.common.UploadedImage;
import io.haven.members.entity.Member;
import io.haven.tasks.control.SignInStreak;
import io.haven.tasks.control.TaskCompleter;
import io.haven.tasks.control.TenantCalendar;
import io.haven.tasks.entity.CycleWindow;
import io.haven.tasks.entity.PointsTask;
import io.haven.tasks.entity.ReceiptSubmission;
import io.haven.tasks.entity.TaskCompletion;
import io.haven.tasks.entity.TaskImage;
import io.haven.tasks.entity.TaskSettings;
import io.haven.tasks.entity.TaskStatus;
import io.haven.tasks.entity.TaskTemplate;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The storefront's task centre (K5) for the signed-in member of one product: the online tasks with
 * the member's progress, completing a task by its button (sign-ins, birthday, browsing, ...) and
 * uploading receipts for review. Every call names the product of the storefront; a task of another
 * product (or tenant) is not found.
 *
 * <p>Each action has an overload taking the instant it happens at: the storefront uses the one
 * without (the clock's now), the tests the other, so cycle boundaries are tested at exact instants
 * without sleeping.
 */
@Stateless
public class TaskCenter {

  /** K4: one receipt image at most 2 MB. */
  public static final long RECEIPT_MAX_BYTES = 2 * 1024 * 1024;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject TenantCalendar calendar;
  @Inject TaskCompleter completer;

  public List<TaskCard> tasks(long productId, Long memberId) {
    return tasks(productId, memberId, StoredTime.now());
  }

  /** Online tasks open now, highest weight first, with the member's progress (none for a guest). */
  public List<TaskCard> tasks(long productId, Long memberId, Instant now) {
    tenant.tenantId();
    ZoneId zone = calendar.zone();
    Member member = memberId == null ? null : member(productId, memberId);
    List<TaskCard> cards = new ArrayList<>();
    for (PointsTask task :
        em.createQuery(
                "select t from PointsTask t where t.productId = :p and t.status = :s order by t.weight desc, t.id desc",
                PointsTask.class)
            .setParameter("p", productId)
            .setParameter("s", TaskStatus.ONLINE)
            .getResultList()) {
      if (task.isOpenAt(now)) {
        cards.add(card(task, member, now, zone));
      }
    }
    return cards;
  }

  /** The enterprise's time zone: cycles start at its midnights, so the storefront shows times in it. */
  public String zone() {
    return calendar.zone().getId();
  }

  public CompletionView complete(long productId, long memberId, long taskId) {
    return complete(productId, memberId, taskId, StoredTime.now());
  }

  /**
   * The member completes a task by its button: a sign-in, a birthday, a holiday greeting, an ad
   * watched, or a page browsed (the storefront calls this when the member opens the task's link).
   */
  public CompletionView complete(long productId, long memberId, long taskId, Instant now) {
    PointsTask task = task(productId, taskId);
    Member member = member(productId, memberId);
    if (!task.getTemplate().completedByMember()) {
      throw TaskRuleBroken.notByMember();
    }
    ZoneId zone = calendar.zone();
    if (task.getTemplate() == TaskTemplate.BIRTHDAY) {
      requireBirthday(member, now, zone);
    }
    TaskCompletion done = completer.complete(task, memberId, now, zone, null);
    return CompletionView.of(done);
  }

  public SubmissionView submitReceipt(long productId, long memberId, long taskId, List<byte[]> images) {
    return submitReceipt(productId, memberId, taskId, images, StoredTime.now());
  }

  /**
   * K4: the member uploads 1..N receipt images (N from the task; each PNG/JPEG by content, at most
   * 2 MB). The submission holds a place of the current cycle while it waits for review, so a
   * member cannot queue more submissions than the cycle allows.
   */
  public SubmissionView submitReceipt(long productId, long memberId, long taskId, List<byte[]> images, Instant now) {
    PointsTask task = task(productId, taskId);
    Member member = member(productId, memberId);
    if (task.getTemplate() != TaskTemplate.UPLOAD_RECEIPT) {
      throw TaskRuleBroken.notByMember();
    }
    if (!task.isOpenAt(now)) {
      throw TaskRuleBroken.notOpen(task.getTitle());
    }
    int allowed = task.typeSettings().imageCount();
    if (images == null || images.isEmpty() || images.size() > allowed) {
      throw new InvalidInput("images", "task.receipt.count", "Upload 1 to " + allowed + " images");
    }
    List<UploadedImage> checked = new ArrayList<>();
    for (byte[] bytes : images) {
      checked.add(UploadedImage.check("images", bytes, RECEIPT_MAX_BYTES));
    }
    completer.lockMember(memberId);
    CycleWindow window = task.getCycle().windowAt(now, calendar.zone());
    if (completer.placesUsed(taskId, memberId, window.index()) >= task.getCycle().getPerCycle()) {
      throw TaskRuleBroken.cycleFull(task.getCycle());
    }
    ReceiptSubmission submission = new ReceiptSubmission(productId, taskId, memberId, window.index(), checked.size(), now);
    em.persist(submission);
    em.flush();
    List<Long> imageIds = new ArrayList<>();
    for (int i = 0; i < checked.size(); i++) {
      TaskImage image = new TaskImage(TaskImage.Kind.RECEIPT, checked.get(i), submission.getId(), i, now);
      em.persist(image);
      em.flush();
      imageIds.add(image.getId());
    }
    return SubmissionView.of(submission, task.getTitle(), task.getPoints(), member.getNickname(), imageIds);
  }

  /** The member's own submissions, newest first (at most 50), with status and rejection reason. */
  public List<SubmissionView> submissions(long productId, long memberId) {
    Member member = member(productId, memberId);
    return em.createQuery(
            "select s from ReceiptSubmission s where s.productId = :p and s.memberId = :m order by s.id desc", ReceiptSubmission.class)
        .setParameter("p", productId)
        .setParameter("m", memberId)
        .setMaxResults(50)
        .getResultList()
        .stream()
        .map(s -> {
          PointsTask task = em.find(PointsTask.class, s.getTaskId());
          return SubmissionView.of(s, task.getTitle(), task.getPoints(), member.getNickname(), List.of());
        })
        .toList();
  }

  /** A task's icon or QR code for the storefront (online tasks of this product only). */
  public ImageView image(long productId, long taskId, TaskImage.Kind kind) {
    PointsTask task = task(productId, taskId);
    Long id = kind == TaskImage.Kind.ICON ? task.getIconImageId() : kind == TaskImage.Kind.QR ? task.typeSettings().qrImageId() : null;
    if (!task.isOnline() || id == null) {
      throw new NotFound("Image of task", taskId);
    }
    TaskImage image = em.find(TaskImage.class, id);
    return new ImageView(id, image.getMediaType(), image.getContent());
  }

  private TaskCard card(PointsTask task, Member member, Instant now, ZoneId zone) {
    CycleWindow window = task.getCycle().windowAt(now, zone);
    TaskSettings settings = task.typeSettings();
    long done = 0;
    long pending = 0;
    Integer streak = null;
    Boolean birthdayToday = null;
    if (member != null) {
      done = completer.completions(task.getId(), member.getId(), window.index());
      pending = completer.pendingSubmissions(task.getId(), member.getId(), window.index());
      if (task.getTemplate() == TaskTemplate.CONSECUTIVE_SIGN_IN) {
        TaskCompletion last = completer.lastCompletion(task.getId(), member.getId());
        streak = last == null ? 0 : SignInStreak.current(last.getCycleIndex(), last.getStreak(), window.index());
      }
      if (task.getTemplate() == TaskTemplate.BIRTHDAY) {
        birthdayToday = member.getBirthday() != null && isBirthday(member.getBirthday(), now, zone);
      }
    }
    boolean completable = task.getTemplate().completedByMember() && done + pending < task.getCycle().getPerCycle()
        && (birthdayToday == null || birthdayToday);
    return new TaskCard(
        task.getId(), task.getTemplate(), task.getTemplateClass(), task.getTitle(), task.getIconImageId() != null,
        task.getButtonText(), task.getDescription(), task.getPoints(), task.getCycle().getType(), task.getCycle().getCount(),
        task.getCycle().getPerCycle(), done, pending, window.end(), completable, streak, settings.bonusDay3(),
        settings.bonusDay7(), birthdayToday, settings.pageLink(), settings.imageCount(), settings.fieldName(),
        settings.qrImageId() != null, settings.contactMethod());
  }

  private static void requireBirthday(Member member, Instant now, ZoneId zone) {
    if (member.getBirthday() == null) {
      throw TaskRuleBroken.noBirthday();
    }
    if (!isBirthday(member.getBirthday(), now, zone)) {
      throw TaskRuleBroken.notBirthday();
    }
  }

  /** In the enterprise's zone; a 29 February birthday is kept on 28 February in common years. */
  static boolean isBirthday(LocalDate birthday, Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    MonthDay day = MonthDay.from(birthday);
    if (day.getMonthValue() == 2 && day.getDayOfMonth() == 29 && !Year.isLeap(today.getYear())) {
      day = MonthDay.of(2, 28);
    }
    return MonthDay.from(today).equals(day);
  }

  private PointsTask task(long productId, long taskId) {
    tenant.tenantId();
    PointsTask task = em.find(PointsTask.class, taskId);
    if (task == null || task.getProductId() != productId) {
      throw new NotFound("Task", taskId);
    }
    return task;
  }

  private Member member(long productId, long memberId) {
    tenant.tenantId();
    Member member = em.find(Member.class, memberId);
    if (member == null || member.getProductId() != productId) {
      throw new NotFound("Member", memberId);
    }
    return member;
  }
}
