package io.haven.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.tasks.boundary.TaskInput;
import io.haven.tasks.entity.CycleType;
import io.haven.tasks.entity.TaskSettings;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import javax.sql.DataSource;

/** Shared pieces of the tasks ITs: task forms, instants in Shanghai, images, races, ledger sums. */
final class TaskTesting {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private TaskTesting() {}

  /** A local Shanghai date-time (the enterprises' default zone) as an instant. */
  static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
  }

  static TaskInput input(String title, CycleType type, int count, int perCycle, int points, TaskSettings settings) {
    return new TaskInput(title, null, "Go", "A task", type, count, perCycle, points, null, null, 10, settings);
  }

  static TaskInput daily(String title, int points) {
    return input(title, CycleType.DAY, 1, 1, points, TaskSettings.none());
  }

  static TaskSettings settings() {
    return TaskSettings.none();
  }

  static TaskSettings consecutive(int bonus3, int bonus7) {
    return new TaskSettings(bonus3, bonus7, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  static TaskSettings receipt(int images) {
    return new TaskSettings(null, null, null, null, null, null, null, null, null, null, images, "Receipt", null, null, null, null, null);
  }

  static TaskSettings redeem(List<Long> listings) {
    return new TaskSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, listings.isEmpty(), listings, null, null);
  }

  static TaskSettings lottery(long activityId) {
    return new TaskSettings(null, null, null, null, null, null, null, null, null, null, null, null, activityId, null, null, null, null);
  }

  static TaskSettings browse(String link) {
    return new TaskSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, link, null);
  }

  static TaskSettings consumption() {
    return new TaskSettings(null, null, null, null, null, 100L, 1, -1, true, null, null, null, null, null, null, null, null);
  }

  static byte[] png(int width, int height) {
    try {
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      image.setRGB(0, 0, 0xff5b37);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Σ ledger = balance for every account of the tenant. */
  static void assertLedgerMatchesBalances(DataSource dataSource, long tenantId) throws Exception {
    try (var c = dataSource.getConnection();
        var s = c.prepareStatement(
            "select a.id, a.balance, coalesce(sum(e.amount), 0) from points_account a left join ledger_entry e on e.account_id = a.id"
                + " where a.tenant_id = ? group by a.id, a.balance")) {
      s.setLong(1, tenantId);
      try (var rs = s.executeQuery()) {
        int accounts = 0;
        while (rs.next()) {
          accounts++;
          assertThat(rs.getLong(2)).as("account %d balance = sum of ledger", rs.getLong(1)).isEqualTo(rs.getLong(3));
        }
        assertThat(accounts).isPositive();
      }
    }
  }
}
