package io.haven.tasks.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.common.UploadedImage;
import io.haven.tasks.control.TenantCalendar;
import io.haven.tasks.entity.CycleRule;
import io.haven.tasks.entity.PointsTask;
import io.haven.tasks.entity.TaskClass;
import io.haven.tasks.entity.TaskImage;
import io.haven.tasks.entity.TaskSettings;
import io.haven.tasks.entity.TaskSetup;
import io.haven.tasks.entity.TaskStatus;
import io.haven.tasks.entity.TaskTemplate;
import io.haven.tasks.entity.TasksChanged;
import io.haven.tenancy.boundary.StaleEdit;
import io.haven.tenancy.entity.Edition;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;

/**
 * The enterprise's points tasks in the console (K1-K3): list, create from a template, edit while
 * offline, set online or offline. Stateless: one transaction per call; every lookup is
 * tenant-filtered, so another enterprise's task id is simply not found.
 */
@Stateless
public class PointsTasks {

  /** K2: icons are small images. */
  public static final long ICON_MAX_BYTES = 200 * 1024;
  public static final long QR_MAX_BYTES = 500 * 1024;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject TenantCalendar calendar;
  @Inject Event<TasksChanged> tasksChanged;

  /** Every template, in K1's order, marked usable or not for this enterprise's edition. */
  public List<TemplateChoice> templates() {
    boolean free = calendar.edition() == Edition.FREE;
    return Arrays.stream(TaskTemplate.values())
        .map(t -> {
          boolean allowed = !free || t.taskClass == TaskClass.RETENTION;
          return new TemplateChoice(t, t.taskClass, allowed, allowed ? null : "task.freeEdition");
        })
        .toList();
  }

  public Page<TaskView> list(TaskStatus status, TaskClass templateClass, String search, int first, int size) {
    tenant.tenantId();
    return ListQuery.of(em, PointsTask.class, "t")
        .when(status, "t.status = :s", "s")
        .when(templateClass, "t.templateClass = :c", "c")
        .contains(search, "lower(t.title) like :q", "q")
        .page("t.weight desc, t.id desc", first, size, TaskView::of);
  }

  public TaskView get(long id) {
    return TaskView.of(load(id));
  }

  /** K2: a new task starts online. K1: a FREE enterprise may create retention tasks only. */
  public TaskView create(long productId, TaskTemplate template, TaskInput input) {
    tenant.tenantId();
    if (template == null) {
      throw new InvalidInput("template", "task.template.required", "Choose a template");
    }
    if (em.find(Product.class, productId) == null) {
      throw new InvalidInput("product", "task.product.required", "Choose one of your products");
    }
    requireEditionAllows(template);
    PointsTask task = new PointsTask(productId, template, setup(template, input), StoredTime.now());
    em.persist(task);
    em.flush();
    tasksChanged.fire(new TasksChanged(tenant.tenantId(), productId));
    return TaskView.of(task);
  }

  /** K2: only an offline task may be edited; the version guards against a concurrent edit. */
  public TaskView change(long id, long expectedVersion, TaskInput input) {
    PointsTask task = load(id);
    if (task.isOnline()) {
      throw TaskRuleBroken.editWhileOnline(task.getTitle());
    }
    if (task.getVersion() != expectedVersion) {
      throw new StaleEdit("Task " + task.getTitle());
    }
    task.change(setup(task.getTemplate(), input));
    em.flush();
    tasksChanged.fire(new TasksChanged(tenant.tenantId(), task.getProductId()));
    return TaskView.of(task);
  }

  /** Online or offline; a FREE enterprise cannot put a non-retention task (made before) online. */
  public TaskView setOnline(long id, boolean online) {
    PointsTask task = load(id);
    if (online) {
      requireEditionAllows(task.getTemplate());
      task.goOnline();
    } else {
      task.goOffline();
    }
    em.flush();
    tasksChanged.fire(new TasksChanged(tenant.tenantId(), task.getProductId()));
    return TaskView.of(task);
  }

  /**
   * Stores a task icon (PNG/JPEG by content, at most 200 KB) or a contact QR code, detached until
   * the task form that uploaded it is saved; answers its id.
   */
  public long storeImage(TaskImage.Kind kind, byte[] bytes) {
    tenant.tenantId();
    if (kind == TaskImage.Kind.RECEIPT) {
      throw new IllegalArgumentException("receipts are uploaded by members");
    }
    String field = kind == TaskImage.Kind.ICON ? "icon" : "qrImage";
    UploadedImage image = UploadedImage.check(field, bytes, kind == TaskImage.Kind.ICON ? ICON_MAX_BYTES : QR_MAX_BYTES);
    TaskImage stored = new TaskImage(kind, image, null, 0, StoredTime.now());
    em.persist(stored);
    em.flush();
    return stored.getId();
  }

  /**
   * An icon or QR image of this enterprise (the console shows it); receipts go through reviews. An
   * upload no saved form attached is shown only to the page that uploaded it ({@code
   * uploadedHere}), never to whoever guesses its id.
   */
  public ImageView image(long id, boolean uploadedHere) {
    tenant.tenantId();
    TaskImage image = em.find(TaskImage.class, id);
    if (image == null || image.getKind() == TaskImage.Kind.RECEIPT || !(image.isAttached() || uploadedHere)) {
      throw new NotFound("Image", id);
    }
    return new ImageView(id, image.getMediaType(), image.getContent());
  }

  private void requireEditionAllows(TaskTemplate template) {
    if (template.taskClass != TaskClass.RETENTION && calendar.edition() == Edition.FREE) {
      throw TaskRuleBroken.freeEdition();
    }
  }

  private PointsTask load(long id) {
    tenant.tenantId();
    PointsTask task = em.find(PointsTask.class, id);
    if (task == null) {
      throw new NotFound("Task", id);
    }
    return task;
  }

  /** Checks the form field by field, in the order the form shows them. */
  private TaskSetup setup(TaskTemplate template, TaskInput in) {
    if (in == null) {
      throw new InvalidInput("title", "task.title.invalid", "Title must be 1 to 50 characters");
    }
    String title = text(in.title(), PointsTask.TITLE_MAX, "title", "task.title.invalid", "Title must be 1 to 50 characters");
    if (in.iconImageId() != null) {
      TaskImage icon = em.find(TaskImage.class, in.iconImageId());
      if (icon == null || icon.getKind() != TaskImage.Kind.ICON) {
        throw new InvalidInput("icon", "task.icon.invalid", "Upload the icon again");
      }
      // validated here, attached when the form's task is written: setup runs inside that transaction
      icon.attach();
    }
    String button = text(in.buttonText(), PointsTask.BUTTON_MAX, "buttonText", "task.buttonText.invalid", "Button text must be 1 to 20 characters");
    String description = in.description() == null || in.description().isBlank() ? null : in.description().strip();
    if (description != null && description.length() > PointsTask.DESCRIPTION_MAX) {
      throw new InvalidInput("description", "task.description.invalid", "Description must be at most 500 characters");
    }
    CycleRule cycle = template.fixedCycle();
    if (cycle == null) {
      if (in.cycleType() == null) {
        throw new InvalidInput("cycleType", "task.cycleType.required", "Choose the cycle");
      }
      if (in.cycleCount() == null || in.cycleCount() < 1 || in.cycleCount() > CycleRule.MAX_COUNT) {
        throw new InvalidInput("cycleCount", "task.cycleCount.invalid", "Cycle length must be a whole number from 1 to " + CycleRule.MAX_COUNT);
      }
      if (in.perCycle() == null || in.perCycle() < 1 || in.perCycle() > CycleRule.MAX_PER_CYCLE) {
        throw new InvalidInput("perCycle", "task.perCycle.invalid", "Completions per cycle must be a whole number from 1 to " + CycleRule.MAX_PER_CYCLE);
      }
      cycle = new CycleRule(in.cycleType(), in.cycleCount(), in.perCycle());
    }
    if (in.points() == null || in.points() < 1 || in.points() > PointsTask.POINTS_MAX) {
      throw new InvalidInput("points", "task.points.invalid", "Points must be a whole number from 1 to " + PointsTask.POINTS_MAX);
    }
    if (in.onlineFrom() != null && in.onlineTo() != null && !in.onlineFrom().isBefore(in.onlineTo())) {
      throw new InvalidInput("onlineTo", "task.window.invalid", "The online window must end after it starts");
    }
    int weight = in.weight() == null ? 0 : in.weight();
    if (weight < 0 || weight > PointsTask.WEIGHT_MAX) {
      throw new InvalidInput("weight", "task.weight.invalid", "Sort weight must be a whole number from 0 to " + PointsTask.WEIGHT_MAX);
    }
    TaskSettings settings = (in.settings() == null ? TaskSettings.none() : in.settings()).validFor(template);
    if (settings.qrImageId() != null) {
      TaskImage qr = em.find(TaskImage.class, settings.qrImageId());
      if (qr == null || qr.getKind() != TaskImage.Kind.QR) {
        throw new InvalidInput("qrImage", "task.qrImage.invalid", "Upload the QR code again");
      }
      qr.attach();
    }
    return new TaskSetup(title, in.iconImageId(), button, description, cycle, in.points(), in.onlineFrom(), in.onlineTo(), weight, settings);
  }

  private static String text(String value, int max, String field, String code, String message) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      throw new InvalidInput(field, code, message);
    }
    return value.strip();
  }
}
