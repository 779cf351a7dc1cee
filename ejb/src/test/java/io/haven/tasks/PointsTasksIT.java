package io.haven.tasks;

import static io.haven.tasks.TaskTesting.consumption;
import static io.haven.tasks.TaskTesting.daily;
import static io.haven.tasks.TaskTesting.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.HavenException;
import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.tasks.boundary.PointsTasks;
import io.haven.tasks.boundary.ImageView;
import io.haven.tasks.boundary.TaskCenter;
import io.haven.tasks.boundary.TaskImagePurge;
import io.haven.tasks.boundary.TaskRuleBroken;
import io.haven.tasks.boundary.TaskView;
import io.haven.tasks.boundary.TemplateChoice;
import io.haven.tasks.entity.CycleType;
import io.haven.tasks.entity.TaskClass;
import io.haven.tasks.entity.TaskImage;
import io.haven.tasks.entity.TaskSettings;
import io.haven.tasks.entity.TaskStatus;
import io.haven.tasks.entity.TaskTemplate;
import io.haven.tenancy.boundary.PlatformEnterprises;
import io.haven.tenancy.boundary.Products;
import io.haven.tenancy.boundary.StaleEdit;
import io.haven.tenancy.entity.Edition;
import io.haven.testing.DomainDeployment;
import io.haven.testing.Migrations;
import io.haven.testing.Tenants;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** K1-K3 in the console: templates by edition, settings checked on their fields, edit only offline, isolation. */
@ExtendWith(ArquillianExtension.class)
class PointsTasksIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("points-tasks");
  }

  @Inject Tenants tenants;
  @Inject TenantContext context;
  @Inject PlatformEnterprises platform;
  @Inject Products products;
  @Inject PointsTasks tasks;
  @Inject TaskImagePurge purge;
  @Inject TaskCenter center;
  @Inject Migrations migrations;

  private long product(String name) {
    tenants.actAs(tenants.open(name));
    return products.add(name + " App", 10).id();
  }

  @Test
  void aNewTaskStartsOnlineAndCanBeEditedOnlyWhileOffline() {
    long product = product("Edit Co");
    TaskView task = tasks.create(product, TaskTemplate.DAILY_SIGN_IN, daily("Sign in", 5));
    assertThat(task.status()).isEqualTo(TaskStatus.ONLINE);
    // a sign-in's cycle is fixed to once a day whatever the form said
    assertThat(task.cycleType()).isEqualTo(CycleType.DAY);
    assertThat(task.perCycle()).isEqualTo(1);

    assertThatThrownBy(() -> tasks.change(task.id(), task.version(), daily("Renamed", 6)))
        .isInstanceOfSatisfying(TaskRuleBroken.class, e -> assertThat(e.code()).isEqualTo("task.editOnline"))
        .hasMessageContaining("offline");
    assertThat(tasks.get(task.id()).title()).isEqualTo("Sign in");

    TaskView offline = tasks.setOnline(task.id(), false);
    TaskView changed = tasks.change(offline.id(), offline.version(), daily("Renamed", 6));
    assertThat(changed.title()).isEqualTo("Renamed");
    assertThat(changed.points()).isEqualTo(6);
    assertThatThrownBy(() -> tasks.change(offline.id(), offline.version(), daily("Stale", 7))).isInstanceOf(StaleEdit.class);
    assertThat(tasks.setOnline(task.id(), true).status()).isEqualTo(TaskStatus.ONLINE);
    assertThat(tasks.get(task.id()).title()).isEqualTo("Renamed");
  }

  @Test
  void theFreeEditionMayUseRetentionTemplatesOnly() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long tenant = context.acrossTenants("test-platform",
        () -> platform.open("Free Co", Edition.FREE, "free-" + suffix, "Free admin", Tenants.PASSWORD)).id();
    tenants.actAs(tenant);
    long product = products.add("Free App", 10).id();

    List<TemplateChoice> choices = tasks.templates();
    assertThat(choices).filteredOn(TemplateChoice::allowed).extracting(TemplateChoice::templateClass).containsOnly(TaskClass.RETENTION);
    assertThat(choices).filteredOn(c -> !c.allowed()).hasSize(11).allMatch(c -> "task.freeEdition".equals(c.reasonCode()));

    assertThat(tasks.create(product, TaskTemplate.CONSECUTIVE_SIGN_IN,
        input("Streak", CycleType.DAY, 1, 1, 5, TaskTesting.consecutive(3, 10))).status()).isEqualTo(TaskStatus.ONLINE);
    assertThatThrownBy(() -> tasks.create(product, TaskTemplate.CONSUMPTION, input("Spend", CycleType.DAY, 1, 5, 5, consumption())))
        .isInstanceOfSatisfying(TaskRuleBroken.class, e -> {
          assertThat(e.code()).isEqualTo("task.freeEdition");
          assertThat(e.kind()).isEqualTo(HavenException.Kind.FORBIDDEN);
        });
    assertThat(tasks.list(null, TaskClass.COMMERCIAL, null, 0, 10).total()).isZero();
  }

  @Test
  void settingsAreCheckedOnTheirFields() {
    long product = product("Fields Co");
    assertField(() -> tasks.create(product, TaskTemplate.DAILY_SIGN_IN, daily(" ", 5)), "title");
    assertField(() -> tasks.create(product, TaskTemplate.DAILY_SIGN_IN, daily("x".repeat(51), 5)), "title");
    assertField(() -> tasks.create(product, TaskTemplate.DAILY_SIGN_IN, daily("Sign in", 0)), "points");
    assertField(() -> tasks.create(product, TaskTemplate.DAILY_SIGN_IN, daily("Sign in", 1_000_001)), "points");
    assertField(() -> tasks.create(product, TaskTemplate.HOLIDAY_GREETING, input("Hi", CycleType.HOUR, 0, 1, 5, TaskSettings.none())), "cycleCount");
    assertField(() -> tasks.create(product, TaskTemplate.HOLIDAY_GREETING, input("Hi", CycleType.HOUR, 1, 0, 5, TaskSettings.none())), "perCycle");
    assertField(() -> tasks.create(product, TaskTemplate.HOLIDAY_GREETING, input("Hi", null, 1, 1, 5, TaskSettings.none())), "cycleType");
    assertField(() -> tasks.create(product, TaskTemplate.UPLOAD_RECEIPT, input("R", CycleType.DAY, 1, 1, 5, TaskTesting.receipt(10))), "imageCount");
    assertField(() -> tasks.create(product, TaskTemplate.BROWSE_NEW_PRODUCT, input("B", CycleType.DAY, 1, 1, 5, TaskTesting.browse("javascript:alert(1)"))), "pageLink");
    assertField(() -> tasks.create(product, TaskTemplate.JOIN_LOTTERY, input("L", CycleType.DAY, 1, 1, 5, TaskSettings.none())), "activityId");
    assertField(() -> tasks.create(product, TaskTemplate.REDEEM_IN_MALL, input("M", CycleType.DAY, 1, 1, 5, TaskTesting.redeem(List.of(-1L)))), "listingIds");
    assertField(() -> tasks.storeImage(TaskImage.Kind.ICON, new byte[] {(byte) 0x89, 1, 2, 3}), "icon");
    assertField(() -> tasks.storeImage(TaskImage.Kind.ICON, new byte[(int) PointsTasks.ICON_MAX_BYTES + 1]), "icon");
    assertThat(tasks.list(null, null, null, 0, 10).total()).isZero();

    long icon = tasks.storeImage(TaskImage.Kind.ICON, TaskTesting.png(64, 64));
    TaskView browse = tasks.create(product, TaskTemplate.BROWSE_NEW_PRODUCT,
        new io.haven.tasks.boundary.TaskInput("New cup", icon, "Look", null, CycleType.YEAR, 1, 1, 8, null, null, 3,
            TaskTesting.browse("https://example.com/new")));
    assertThat(browse.iconImageId()).isEqualTo(icon);
    assertThat(browse.settings().pageLink()).isEqualTo("https://example.com/new");
    // values of other templates are not kept
    assertThat(browse.settings().imageCount()).isNull();
    assertThat(tasks.image(icon, false).mediaType()).isEqualTo("image/png");
  }

  @Test
  void anIconUploadBelongsToTheFormThatSavesItAndIsPurgedIfAbandoned() {
    long product = product("Upload Co");
    long saved = tasks.storeImage(TaskImage.Kind.ICON, TaskTesting.png(32, 32));
    long abandoned = tasks.storeImage(TaskImage.Kind.ICON, TaskTesting.png(16, 16));
    // before its form is saved an upload is the uploading page's preview only, not a file host
    assertThatThrownBy(() -> tasks.image(saved, false)).isInstanceOf(NotFound.class);
    assertThat(tasks.image(saved, true).mediaType()).isEqualTo("image/png");

    TaskView task = tasks.create(product, TaskTemplate.BROWSE_NEW_PRODUCT,
        new io.haven.tasks.boundary.TaskInput("New mug", saved, "Look", null, CycleType.YEAR, 1, 1, 8, null, null, 3,
            TaskTesting.browse("https://example.com/mug")));
    assertThat(tasks.image(saved, false).mediaType()).isEqualTo("image/png");
    assertThatThrownBy(() -> tasks.image(abandoned, false)).isInstanceOf(NotFound.class);

    // a form refused on a later field does not attach the icon it named
    long refusedForm = tasks.storeImage(TaskImage.Kind.ICON, TaskTesting.png(8, 8));
    assertField(() -> tasks.create(product, TaskTemplate.DAILY_SIGN_IN,
        new io.haven.tasks.boundary.TaskInput("Sign in", refusedForm, "Go", null, null, null, null, 0, null, null, 0, TaskSettings.none())), "points");
    assertThatThrownBy(() -> tasks.image(refusedForm, false)).isInstanceOf(NotFound.class);

    // uploads younger than a day are kept: the form may still be open
    purge.purgeDetachedBefore(java.time.Instant.now().minus(TaskImage.DETACHED_KEPT));
    assertThat(tasks.image(abandoned, true).mediaType()).isEqualTo("image/png");
    // a day later the abandoned ones are gone, the saved task's icon stays
    int removed = purge.purgeDetachedBefore(java.time.Instant.now().plusSeconds(5));
    assertThat(removed).isGreaterThanOrEqualTo(2);
    assertThatThrownBy(() -> tasks.image(abandoned, true)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> tasks.image(refusedForm, true)).isInstanceOf(NotFound.class);
    assertThat(tasks.image(saved, false).mediaType()).isEqualTo("image/png");
    assertThat(tasks.get(task.id()).iconImageId()).isEqualTo(saved);
  }

  /**
   * V51: QR codes stored before V41 stayed attached whether a task used them or not. The
   * migration (the shipped file, run again here on rows made to look like that) detaches the ones
   * no task's settings name, so the purge collects them; a code a task names stays attached, and
   * the purge never removes it even if its flag were wrong. Fails without V51 (the orphan stays
   * served) and without the purge's settings check (the named code is deleted).
   */
  @Test
  void qrCodesOrphanedBeforeV41AreDetachedByV51AndPurgedButNeverOneATaskNames() {
    long product = product("Legacy QR Co");
    long used = tasks.storeImage(TaskImage.Kind.QR, TaskTesting.png(20, 20));
    long usedToo = tasks.storeImage(TaskImage.Kind.QR, TaskTesting.png(21, 21));
    long orphan = tasks.storeImage(TaskImage.Kind.QR, TaskTesting.png(22, 22));
    tasks.create(product, TaskTemplate.ADD_SERVICE_FRIEND, input("Add us", CycleType.YEAR, 1, 1, 8,
        new TaskSettings(null, null, "WECHAT", used, "cfg-1", null, null, null, null, null, null, null, null, null, null, null, null)));
    tasks.create(product, TaskTemplate.JOIN_GROUP, input("Join us", CycleType.YEAR, 1, 1, 8,
        new TaskSettings(null, null, "QQ", usedToo, "cfg-2", null, null, null, null, null, null, null, null, null, null, null, null)));
    // as before V41: every stored image attached, used or not
    migrations.markAttached(orphan, true);
    assertThat(tasks.image(orphan, false).mediaType()).as("served like a saved one before V51").isEqualTo("image/png");

    migrations.rerun("V51__task_qr_orphans.sql");
    assertThatThrownBy(() -> tasks.image(orphan, false)).as("detached: no longer served").isInstanceOf(NotFound.class);
    assertThat(tasks.image(used, false).mediaType()).isEqualTo("image/png");
    assertThat(tasks.image(usedToo, false).mediaType()).isEqualTo("image/png");

    // a wrong flag on a code a task names: the purge still keeps it
    migrations.markAttached(usedToo, false);
    purge.purgeDetachedBefore(java.time.Instant.now().plusSeconds(5));
    assertThatThrownBy(() -> tasks.image(orphan, true)).as("purged").isInstanceOf(NotFound.class);
    assertThat(tasks.image(usedToo, true).mediaType()).as("named by a task's settings: kept").isEqualTo("image/png");
    assertThat(tasks.image(used, false).mediaType()).isEqualTo("image/png");
    migrations.markAttached(usedToo, true);
  }

  @Test
  void theStorefrontServesTheIconOfOnlineTasksOfItsOwnProductOnly() {
    long product = product("Icon Co");
    long otherProduct = products.add("Icon Co Second App", 10).id();
    long icon = tasks.storeImage(TaskImage.Kind.ICON, TaskTesting.png(24, 24));
    TaskView task = tasks.create(product, TaskTemplate.BROWSE_NEW_PRODUCT,
        new io.haven.tasks.boundary.TaskInput("Teapot", icon, "Look", null, CycleType.YEAR, 1, 1, 8, null, null, 3,
            TaskTesting.browse("https://example.com/teapot")));
    long bare = tasks.create(product, TaskTemplate.DAILY_SIGN_IN, daily("No icon", 5)).id();

    ImageView served = center.image(product, task.id(), TaskImage.Kind.ICON);
    assertThat(served.id()).isEqualTo(icon);
    assertThat(served.mediaType()).isEqualTo("image/png");
    // the same enterprise's other product, a task without a QR code or icon
    assertThatThrownBy(() -> center.image(otherProduct, task.id(), TaskImage.Kind.ICON)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> center.image(product, task.id(), TaskImage.Kind.QR)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> center.image(product, bare, TaskImage.Kind.ICON)).isInstanceOf(NotFound.class);
    // an offline task's icon is not served, and is again once it is online
    tasks.setOnline(task.id(), false);
    assertThatThrownBy(() -> center.image(product, task.id(), TaskImage.Kind.ICON)).isInstanceOf(NotFound.class);
    tasks.setOnline(task.id(), true);
    assertThat(center.image(product, task.id(), TaskImage.Kind.ICON).id()).isEqualTo(icon);
    // another enterprise, even naming this product
    tenants.actAs(tenants.open("Icon Thief Co"));
    assertThatThrownBy(() -> center.image(product, task.id(), TaskImage.Kind.ICON)).isInstanceOf(NotFound.class);
  }

  @Test
  void theListIsOrderedByWeightAndFiltered() {
    long product = product("List Co");
    tasks.create(product, TaskTemplate.DAILY_SIGN_IN, input("Low", CycleType.DAY, 1, 1, 5, TaskSettings.none()));
    var high = tasks.create(product, TaskTemplate.HOLIDAY_GREETING,
        new io.haven.tasks.boundary.TaskInput("High greeting", null, "Go", null, CycleType.YEAR, 1, 1, 5, null, null, 99, TaskSettings.none()));
    tasks.setOnline(high.id(), false);
    assertThat(tasks.list(null, null, null, 0, 10).items()).extracting(TaskView::title).containsExactly("High greeting", "Low");
    assertThat(tasks.list(TaskStatus.OFFLINE, null, null, 0, 10).items()).extracting(TaskView::title).containsExactly("High greeting");
    assertThat(tasks.list(null, TaskClass.RETENTION, null, 0, 10).items()).extracting(TaskView::title).containsExactly("Low");
    assertThat(tasks.list(null, null, "GREET", 0, 10).items()).extracting(TaskView::title).containsExactly("High greeting");
  }

  @Test
  void anotherTenantsTaskIsNotFound() {
    long product = product("Owner Co");
    TaskView task = tasks.create(product, TaskTemplate.DAILY_SIGN_IN, daily("Mine", 5));
    long icon = tasks.storeImage(TaskImage.Kind.ICON, TaskTesting.png(32, 32));
    tenants.actAs(tenants.open("Other Co"));
    assertThatThrownBy(() -> tasks.get(task.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> tasks.setOnline(task.id(), false)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> tasks.change(task.id(), task.version(), daily("Stolen", 5))).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> tasks.image(icon, true)).isInstanceOf(NotFound.class);
    assertThat(tasks.list(null, null, null, 0, 10).total()).isZero();
    // nor can a task be made for another enterprise's product
    assertThatThrownBy(() -> tasks.create(product, TaskTemplate.DAILY_SIGN_IN, daily("Theirs", 5)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("product"));
  }

  private static void assertField(Runnable action, String field) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
