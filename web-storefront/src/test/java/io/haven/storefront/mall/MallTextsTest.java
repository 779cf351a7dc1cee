package io.haven.storefront.mall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.haven.common.HavenException;
import io.haven.inventory.boundary.InventoryBusy;
import io.haven.inventory.boundary.OutOfStock;
import io.haven.mall.boundary.Busy;
import io.haven.mall.boundary.Expired;
import io.haven.mall.boundary.FlashSaleEnded;
import io.haven.mall.boundary.FlashSaleNotStarted;
import io.haven.mall.boundary.InsufficientPoints;
import io.haven.mall.boundary.LimitReached;
import io.haven.mall.boundary.ListingOffline;
import io.haven.mall.boundary.MallRuleBroken;
import io.haven.mall.entity.RedemptionStatus;
import io.haven.mall.entity.SandboxPayment;
import io.haven.points.entity.PointsSource;
import io.haven.storefront.common.Language;
import io.haven.storefront.common.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text the mall's script draws and every refusal a member can meet in the mall has words in both languages. */
class MallTextsTest {

  private final Texts texts = new Texts();

  @Test
  void everyKeyTheMallScriptUsesExists() throws IOException {
    String script = Files.readString(Path.of("src/main/webapp/assets/mall.js"));
    Matcher m = Pattern.compile("'((?:mall|pay)\\.[\\w.]*\\w)'").matcher(script);
    TreeSet<String> keys = new TreeSet<>();
    while (m.find()) {
      keys.add(m.group(1));
    }
    assertTrue(keys.size() > 10, "keys found in mall.js: " + keys);
    for (RedemptionStatus status : RedemptionStatus.values()) {
      keys.add("mall.status." + status.name());
    }
    for (PointsSource source : PointsSource.values()) {
      keys.add("mall.source." + source.name());
    }
    for (SandboxPayment.Status status : SandboxPayment.Status.values()) {
      keys.add("pay.status." + status.name());
    }
    assertEquals(List.of(), missing(keys));
  }

  @Test
  void everyRefusalOfTheMallHasAMessage() {
    Instant now = Instant.now();
    List<HavenException> refusals =
        List.of(
            new ListingOffline(1),
            new FlashSaleNotStarted(now),
            new FlashSaleEnded(now),
            Expired.after(now),
            Expired.notYet(now),
            new InsufficientPoints(1, 2),
            new LimitReached(LimitReached.Limit.USER, 1),
            new LimitReached(LimitReached.Limit.DEVICE, 1),
            new LimitReached(LimitReached.Limit.TOTAL, 1),
            OutOfStock.of(1, 1),
            OutOfStock.capReached(1),
            OutOfStock.noCodeLeft(1),
            new InventoryBusy(),
            new Busy("x"),
            MallRuleBroken.notWaitingForAddress("COMPLETED"));
    TreeSet<String> codes = new TreeSet<>();
    refusals.forEach(r -> codes.add(r.code()));
    codes.addAll(
        List.of(
            "mall.redeem.quantity.invalid", "mall.redeem.quantity.cdk", "mall.redeem.quantity.tooMuch", "mall.redeem.device.invalid",
            "mall.redeem.device.required", "mall.redeem.awardUnavailable", "mall.payment.settled", "points.busy", "points.insufficient",
            "mall.address.recipient.invalid", "mall.address.phone.invalid", "mall.address.address.invalid", "mall.address.region.invalid",
            "mall.address.detail.invalid", "mall.list.page.invalid", "mall.list.size.invalid"));
    assertEquals(List.of(), missing(codes));
  }

  private List<String> missing(TreeSet<String> keys) {
    List<String> missing = new ArrayList<>();
    for (Language language : Language.values()) {
      keys.stream().filter(k -> texts.text(language, k) == null).map(k -> language + ": " + k).forEach(missing::add);
    }
    return missing;
  }
}
