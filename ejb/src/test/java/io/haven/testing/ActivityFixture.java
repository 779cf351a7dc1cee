package io.haven.testing;

import io.haven.activities.boundary.Activities;
import io.haven.activities.boundary.ActivityView;
import io.haven.activities.boundary.NewPrize;
import io.haven.activities.entity.ActivitySettings;
import io.haven.activities.entity.ActivityType;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.PeriodLimit;
import io.haven.tenancy.boundary.StorefrontProduct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Activities made and published through the real boundary, in the current tenant. */
@RequestScoped
public class ActivityFixture {

  @Inject MallFixture mall;
  @Inject Activities activities;

  /** Settings open from an hour ago for a day: {@code points} per play, {@code free} free plays, {@code perDay} plays a day. */
  public static ActivitySettings settings(long points, int free, int perDay) {
    Instant now = Instant.now();
    return new ActivitySettings(ActivityType.LOTTERY, "Lucky draw", "Draw once, win often", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)),
        points, free, perDay, PeriodLimit.unlimited(), PeriodLimit.unlimited(), "Better luck next time");
  }

  /** A coupon sub-inventory of {@code stock} units in the store, online, with a claim link. */
  public long coupons(StorefrontProduct store, String name, long stock) {
    return mall.subInventory(store, GoodsCategory.COUPON, name, stock, MallFixture.open().withLink("https://prize.example/" + name));
  }

  /** A published activity with one coupon prize of {@code quantity} units drawn with {@code ppm}. */
  public ActivityView published(StorefrontProduct store, ActivitySettings settings, long quantity, int ppm) {
    long sub = coupons(store, "Prize", quantity);
    var draft = activities.create(store.productId(), settings, List.of(new NewPrize(sub, "Coupon prize", ppm, quantity, -1)));
    return activities.publish(draft.id());
  }
}
