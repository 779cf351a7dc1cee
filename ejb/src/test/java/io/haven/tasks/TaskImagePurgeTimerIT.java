package io.haven.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.NotFound;
import io.haven.tasks.boundary.PointsTasks;
import io.haven.tasks.boundary.TaskInput;
import io.haven.tasks.entity.CycleType;
import io.haven.tasks.entity.TaskImage;
import io.haven.tasks.entity.TaskSettings;
import io.haven.tasks.entity.TaskTemplate;
import io.haven.tenancy.boundary.Products;
import io.haven.testing.DomainDeployment;
import io.haven.testing.Tenants;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The purge of abandoned task image uploads as it runs in production: the container's own timer
 * firing, not a method call. This deployment configures the timer to fire every second and to keep
 * uploads {@value #KEEP_SECONDS} seconds (production: hourly, a day). Without the timer (or with a
 * timer that ignored the keep time, or the references) the waits below fail.
 */
@ExtendWith(ArquillianExtension.class)
class TaskImagePurgeTimerIT {

  private static final int KEEP_SECONDS = 4;

  @Deployment
  static WebArchive deployment() {
    WebArchive war = DomainDeployment.create("task-image-purge-timer");
    war.delete("WEB-INF/classes/META-INF/microprofile-config.properties");
    return war.addAsResource(
        new StringAsset("haven.api.rotation-grace-hours=24\n"
            + "haven.tasks.image-purge.schedule=* * *\n"
            + "haven.tasks.image-purge.keep=PT" + KEEP_SECONDS + "S\n"),
        "META-INF/microprofile-config.properties");
  }

  @Inject Tenants tenants;
  @Inject Products products;
  @Inject PointsTasks tasks;

  private boolean stored(long imageId) {
    try {
      tasks.image(imageId, true);
      return true;
    } catch (NotFound gone) {
      return false;
    }
  }

  @Test
  void theTimerRemovesAnAbandonedUploadOnceItIsOlderThanTheKeepTimeAndNothingATaskUses() throws Exception {
    String name = "Purge Timer " + UUID.randomUUID().toString().substring(0, 6);
    tenants.actAs(tenants.open(name));
    long product = products.add(name + " App", 10).id();
    Instant start = Instant.now();
    long abandonedIcon = tasks.storeImage(TaskImage.Kind.ICON, TaskTesting.png(16, 16));
    long abandonedQr = tasks.storeImage(TaskImage.Kind.QR, TaskTesting.png(20, 20));
    long savedIcon = tasks.storeImage(TaskImage.Kind.ICON, TaskTesting.png(24, 24));
    long savedQr = tasks.storeImage(TaskImage.Kind.QR, TaskTesting.png(28, 28));
    tasks.create(product, TaskTemplate.BROWSE_NEW_PRODUCT,
        new TaskInput("Mug", savedIcon, "Look", null, CycleType.YEAR, 1, 1, 8, null, null, 3, TaskTesting.browse("https://example.com/mug")));
    tasks.create(product, TaskTemplate.ADD_SERVICE_FRIEND,
        TaskTesting.input("Add us", CycleType.YEAR, 1, 1, 8,
            new TaskSettings(null, null, "WECHAT", savedQr, "cfg-1", null, null, null, null, null, null, null, null, null, null, null, null)));

    // the timer fires every second, but an upload younger than the keep time may still be saved
    Thread.sleep(Duration.ofSeconds(KEEP_SECONDS - 2).toMillis());
    assertThat(Duration.between(start, Instant.now())).as("checked before the keep time ran out").isLessThan(Duration.ofSeconds(KEEP_SECONDS));
    assertThat(stored(abandonedIcon)).as("kept while the form may still be open").isTrue();
    assertThat(stored(abandonedQr)).isTrue();

    // then the timer, on its own, removes both abandoned uploads
    Instant deadline = start.plusSeconds(KEEP_SECONDS + 15);
    while ((stored(abandonedIcon) || stored(abandonedQr)) && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
    }
    assertThat(stored(abandonedIcon)).as("abandoned icon purged by the timer").isFalse();
    assertThat(stored(abandonedQr)).as("abandoned QR code purged by the timer").isFalse();
    // what the saved tasks use stays, however old
    assertThat(stored(savedIcon)).isTrue();
    assertThat(stored(savedQr)).isTrue();
    assertThat(tasks.image(savedIcon, false).mediaType()).isEqualTo("image/png");
    assertThat(tasks.image(savedQr, false).mediaType()).isEqualTo("image/png");
  }
}
