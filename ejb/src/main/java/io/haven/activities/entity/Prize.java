package io.haven.activities.entity;

import io.haven.common.TenantOwned;
import io.haven.inventory.entity.GoodsCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A prize of an activity (A2): {@code quantity} units set aside from a product sub-inventory
 * (the goods and their award come from there, as in the mall), drawn with {@code weightPpm} parts
 * per million. The row is the play's hot stock row: {@code remaining} and the day's pacing count
 * change only through {@link io.haven.activities.control.PrizeStock} — a guarded bulk update under
 * the row lock — never through this entity, and {@code @DynamicUpdate} keeps any entity update
 * from writing back a stale count.
 */
@Entity
@Table(name = "prize")
@DynamicUpdate
public class Prize extends TenantOwned {

  public static final int NAME_MAX = 100;
  public static final int UNLIMITED = -1;

  @Column(name = "activity_id", nullable = false, updatable = false)
  private Long activityId;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "sub_inventory_id", nullable = false, updatable = false)
  private Long subInventoryId;

  @Column(name = "goods_id", nullable = false, updatable = false)
  private Long goodsId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private GoodsCategory category;

  @Column(name = "weight_ppm", nullable = false)
  private int weightPpm;

  @Column(nullable = false, updatable = false)
  private long quantity;

  @Column(nullable = false)
  private long remaining;

  @Column(name = "daily_cap", nullable = false)
  private int dailyCap;

  @Column(name = "paced_day")
  private LocalDate pacedDay;

  @Column(name = "paced_count", nullable = false)
  private int pacedCount;

  protected Prize() {}

  public Prize(long activityId, int sortOrder, String name, long subInventoryId, long goodsId, GoodsCategory category, int weightPpm,
      long quantity, int dailyCap) {
    this.activityId = activityId;
    this.sortOrder = sortOrder;
    this.name = name;
    this.subInventoryId = subInventoryId;
    this.goodsId = goodsId;
    this.category = category;
    this.weightPpm = weightPpm;
    this.quantity = quantity;
    this.remaining = quantity;
    this.dailyCap = dailyCap;
  }

  public Long getActivityId() { return activityId; }
  public int getSortOrder() { return sortOrder; }
  public String getName() { return name; }
  public Long getSubInventoryId() { return subInventoryId; }
  public Long getGoodsId() { return goodsId; }
  public GoodsCategory getCategory() { return category; }
  public int getWeightPpm() { return weightPpm; }
  public long getQuantity() { return quantity; }
  public long getRemaining() { return remaining; }
  public int getDailyCap() { return dailyCap; }
  public LocalDate getPacedDay() { return pacedDay; }
  public int getPacedCount() { return pacedCount; }

  /** Whether the pacing cap still lets a unit out on {@code day} (as seen under the row lock). */
  public boolean pacingAllows(LocalDate day) {
    return dailyCap == UNLIMITED || !day.equals(pacedDay) || pacedCount < dailyCap;
  }
}
