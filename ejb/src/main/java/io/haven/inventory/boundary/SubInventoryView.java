package io.haven.inventory.boundary;

import io.haven.inventory.entity.AwardConfig;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.LimitPeriod;
import io.haven.inventory.entity.PointsType;
import io.haven.inventory.entity.SubInventory;
import java.time.Instant;

/** A product sub-inventory as the console shows it (R6), with its product's and goods' names. */
public record SubInventoryView(
    long id,
    long productId,
    String productName,
    long goodsId,
    String goodsName,
    GoodsCategory category,
    long available,
    long allocatedTotal,
    long returned,
    long outbound,
    long totalCap,
    boolean online,
    boolean autoAward,
    int perUserLimit,
    LimitPeriod perUserPeriod,
    int perDeviceLimit,
    LimitPeriod perDevicePeriod,
    Instant effectiveFrom,
    Instant effectiveTo,
    String notes,
    String link,
    Long points,
    String pointsAppId,
    PointsType pointsType,
    Long amountFen,
    String merchantName,
    String activityName,
    String blessing,
    Instant createdAt,
    long version) {

  static SubInventoryView of(SubInventory s, String productName, String goodsName) {
    AwardConfig a = s.getAward() == null ? AwardConfig.none() : s.getAward();
    return new SubInventoryView(
        s.getId(),
        s.getProductId(),
        productName,
        s.getGoodsId(),
        goodsName,
        s.getCategory(),
        s.getAvailable(),
        s.getAllocatedTotal(),
        s.getReturned(),
        s.getOutbound(),
        s.getTotalCap(),
        s.isOnline(),
        s.isAutoAward(),
        s.getPerUser().getCount(),
        s.getPerUser().getPeriod(),
        s.getPerDevice().getCount(),
        s.getPerDevice().getPeriod(),
        s.getEffectiveFrom(),
        s.getEffectiveTo(),
        s.getNotes(),
        a.getLink(),
        a.getPoints(),
        a.getPointsAppId(),
        a.getPointsType(),
        a.getAmountFen(),
        a.getMerchantName(),
        a.getActivityName(),
        a.getBlessing(),
        s.getCreatedAt(),
        s.getVersion());
  }
}
