package io.haven.members.boundary;

import io.haven.tasks.entity.CycleType;
import io.haven.tenancy.boundary.DemoApp;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

/**
 * With the demo seeded: the Demo Coffee App gets three member levels and the member task
 * {@code first-order}, so the README's signed completion works against {@code ./haven run}. Goes
 * through the real boundaries as the demo enterprise; idempotent (a product with levels or tasks
 * is left as it is).
 */
@Singleton
@Startup
@DependsOn("DemoEnterprise")
public class DemoMemberProgramme {

  public static final String TASK_CODE = "first-order";
  private static final Logger LOG = Logger.getLogger(DemoMemberProgramme.class.getName());

  @Inject DemoApp demo;
  @Inject MemberLevels levels;
  @Inject MemberTasks tasks;

  /** Not in one transaction: each boundary call is its own, inside the demo enterprise's tenant. */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void seed() {
    demo.seed(
        productId -> {
            if (levels.list(productId).isEmpty()) {
              levels.add(productId, "Silver", 50L, badge(0xc0c0c0));
              levels.add(productId, "Gold", 200L, badge(0xf5b301));
              levels.add(productId, "Platinum", 1000L, badge(0x6b7a8f));
              LOG.info("Seeded the demo member levels");
            }
            if (tasks.list(productId, null, null, 0, 1).total() == 0) {
              tasks.add(
                  productId,
                  new MemberTaskSettings(TASK_CODE, "First order", 50, CycleType.DAY, 1, 3, null, null, "The member's first order of the day"));
              LOG.info("Seeded the demo member task " + TASK_CODE);
            }
        });
  }

  /** A round badge of one colour on white, 64×64 PNG, drawn pixel by pixel (no display needed). */
  static byte[] badge(int rgb) {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        double dx = x - 31.5;
        double dy = y - 31.5;
        image.setRGB(x, y, dx * dx + dy * dy <= 30 * 30 ? rgb : 0xffffff);
      }
    }
    try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
