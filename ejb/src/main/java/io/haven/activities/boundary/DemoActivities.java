package io.haven.activities.boundary;

import io.haven.activities.entity.ActivitySettings;
import io.haven.activities.entity.ActivityType;
import io.haven.activities.entity.Presentation;
import io.haven.inventory.boundary.AllocationRequest;
import io.haven.inventory.boundary.Allocations;
import io.haven.inventory.boundary.NewGoods;
import io.haven.inventory.boundary.SubInventories;
import io.haven.inventory.boundary.TotalInventory;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.GoodsDetails;
import io.haven.inventory.entity.GoodsPurpose;
import io.haven.inventory.entity.GoodsSource;
import io.haven.inventory.entity.LimitPeriod;
import io.haven.inventory.entity.PeriodLimit;
import io.haven.inventory.entity.PointsType;
import io.haven.tenancy.boundary.DemoApp;
import io.haven.tenancy.boundary.DemoEnterprise;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * With the demo seeded: the Demo Coffee App gets a running lucky-wheel activity (issue 12) whose
 * prizes are its own goods — points credited to the member and a cash red packet — so it needs none
 * of the mall's demo goods. Through the real boundaries, as the demo enterprise; idempotent (an
 * activity of the demo title already there is left alone, its goods are not added again).
 */
@Singleton
@Startup
@DependsOn("DemoEnterprise")
public class DemoActivities {

  public static final String TITLE = "幸运大转盘 Lucky wheel";
  private static final Logger LOG = Logger.getLogger(DemoActivities.class.getName());

  @Inject DemoApp demo;
  @Inject Activities activities;
  @Inject TotalInventory inventory;
  @Inject Allocations allocations;
  @Inject SubInventories subInventories;

  /** Not in one transaction: each boundary call is its own, inside the demo enterprise's tenant. */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void seed() {
    demo.seed(
        productId -> {
          boolean present =
              activities.list(new ActivityFilter(productId, TITLE, null, null), 0, 1).items().stream().anyMatch(a -> a.title().equals(TITLE));
          if (present) {
            return;
          }
          Instant now = Instant.now();
          AllocationRequest open = AllocationRequest.unlimited(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
          long points = prizeStock(productId, GoodsCategory.POINTS, "抽奖积分 50 points", 500,
              open.withPoints(50L, DemoEnterprise.APP_ID, PointsType.HOSTED));
          long packet = prizeStock(productId, GoodsCategory.CASH_RED_PACKET, "现金红包 ¥1.88 red packet", 50,
              open.withRedPacket(188L, "Demo Coffee", TITLE, "恭喜发财 Good luck"));
          ActivitySettings settings =
              new ActivitySettings(ActivityType.LOTTERY, TITLE, "每天 3 次免费，之后每次 10 积分。Three free spins a day, then 10 points a spin.",
                  now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(90)), 10, 3, 10, PeriodLimit.of(50, LimitPeriod.MONTH),
                  PeriodLimit.unlimited(), "谢谢参与 Thanks for playing", Presentation.LUCKY_WHEEL);
          ActivityView draft = activities.create(productId, settings,
              List.of(new NewPrize(points, "50 积分 points", 200_000, 500, 100), new NewPrize(packet, "红包 ¥1.88 red packet", 10_000, 50, 10)));
          activities.publish(draft.id());
          LOG.info("Seeded the demo activity " + draft.id());
        });
  }

  private long prizeStock(long productId, GoodsCategory category, String name, long stock, AllocationRequest request) {
    var goods =
        inventory.add(new NewGoods(GoodsPurpose.POINTS_MALL, category,
            new GoodsDetails(name, GoodsSource.OWN, "活动奖品 Activity prize", 100, null, null, null, null), stock, null, null));
    var sub = allocations.allocate(goods.id(), productId, stock, request);
    subInventories.setOnline(sub.id(), true);
    return sub.id();
  }
}
