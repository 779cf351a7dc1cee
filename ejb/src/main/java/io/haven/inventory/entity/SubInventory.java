package io.haven.inventory.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A product's share of goods (R5, R6), and the stock row the mall sells from. {@code available}
 * is what members can still get; sold units move to {@code outbound} only through
 * {@link io.haven.inventory.control.StockLedger} (a guarded bulk update under the row lock), so
 * the entity itself never decrements it; replenishment (also while online, R6) adds units the same
 * way ({@code putIn}). A return changes quantities here only while offline, under the row lock; {@code @DynamicUpdate} writes only changed columns, so an entity update can never
 * write back a stale {@code available} over a concurrent sale. The database CHECKs keep
 * {@code available >= 0} and {@code outbound <= totalCap}.
 */
@Entity
@Table(name = "sub_inventory")
@DynamicUpdate
public class SubInventory extends TenantOwned {

  public static final long UNLIMITED = -1;
  public static final int NOTES_MAX = 500;

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Column(name = "goods_id", nullable = false, updatable = false)
  private Long goodsId;

  /** The goods' category, copied: it never changes and the award depends on it. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private GoodsCategory category;

  @Column(nullable = false)
  private long available;

  /** Every unit ever moved in: the first allocation plus replenishments. */
  @Column(name = "allocated_total", nullable = false)
  private long allocatedTotal;

  /** Every unit ever returned to the total inventory. */
  @Column(nullable = false)
  private long returned;

  /** Units handed out to members (redeemed), net of released unpaid redemptions. */
  @Column(nullable = false)
  private long outbound;

  /** Most units that may ever go out; -1 unlimited. */
  @Column(name = "total_cap", nullable = false)
  private long totalCap;

  @Column(nullable = false)
  private boolean online;

  @Column(name = "auto_award", nullable = false)
  private boolean autoAward;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "count", column = @Column(name = "per_user_limit", nullable = false)),
    @AttributeOverride(name = "period", column = @Column(name = "per_user_period", length = 16))
  })
  private PeriodLimit perUser;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "count", column = @Column(name = "per_device_limit", nullable = false)),
    @AttributeOverride(name = "period", column = @Column(name = "per_device_period", length = 16))
  })
  private PeriodLimit perDevice;

  @Column(name = "effective_from", nullable = false)
  private Instant effectiveFrom;

  @Column(name = "effective_to", nullable = false)
  private Instant effectiveTo;

  @Column(length = NOTES_MAX)
  private String notes;

  @Embedded private AwardConfig award;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected SubInventory() {}

  /**
   * A new sub-inventory holding {@code quantity} units just allocated from {@code goods}; online
   * (R6: a new allocation starts online — its goods still reach members only through a listing).
   */
  public SubInventory(long productId, Goods goods, long quantity, AllocationTerms terms, Instant now) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("allocation must be positive");
    }
    this.productId = productId;
    this.goodsId = Objects.requireNonNull(goods.getId(), "goods id");
    this.category = goods.getCategory();
    this.available = quantity;
    this.allocatedTotal = quantity;
    this.createdAt = now;
    this.online = true;
    configure(terms);
  }

  /** Auto-award, limits, effective range, notes and award (R5). */
  public void configure(AllocationTerms terms) {
    if (!terms.effectiveTo().isAfter(terms.effectiveFrom())) {
      throw new IllegalArgumentException("effective range must end after it starts");
    }
    if (terms.totalCap() < UNLIMITED || terms.totalCap() != UNLIMITED && terms.totalCap() < outbound) {
      throw new IllegalArgumentException("total cap must be -1 or at least the units already out");
    }
    this.autoAward = terms.autoAward();
    this.perUser = Objects.requireNonNull(terms.perUser(), "per-user limit");
    this.perDevice = Objects.requireNonNull(terms.perDevice(), "per-device limit");
    this.totalCap = terms.totalCap();
    this.effectiveFrom = terms.effectiveFrom();
    this.effectiveTo = terms.effectiveTo();
    this.notes = terms.notes() == null || terms.notes().isBlank() ? null : terms.notes().strip();
    this.award = Objects.requireNonNull(terms.award(), "award");
  }

  public void setOnline(boolean online) {
    this.online = online;
  }

  /** R6: unused units go back to the total inventory; only while offline, never below zero. */
  public void giveBack(long quantity) {
    requireOffline();
    if (quantity <= 0 || quantity > available) {
      throw new IllegalArgumentException("return must be 1.." + available);
    }
    available -= quantity;
    returned += quantity;
  }

  private void requireOffline() {
    if (online) {
      throw new IllegalStateException("quantities change only while offline");
    }
  }

  public boolean isEffectiveAt(Instant at) {
    return !at.isBefore(effectiveFrom) && at.isBefore(effectiveTo);
  }

  /** True when the total outbound cap leaves room for {@code quantity} more units. */
  public boolean capAllows(long quantity) {
    return capAllows(totalCap, outbound, quantity);
  }

  /** Whether {@code quantity} more units leave the outbound units within the total cap. */
  public static boolean capAllows(long totalCap, long outbound, long quantity) {
    return totalCap == UNLIMITED || outbound + quantity <= totalCap;
  }

  public Long getProductId() {
    return productId;
  }

  public Long getGoodsId() {
    return goodsId;
  }

  public GoodsCategory getCategory() {
    return category;
  }

  /**
   * Units left. After {@link io.haven.inventory.control.StockLedger#take} in the same
   * transaction, a managed instance shows the value from before the (bulk) update.
   */
  public long getAvailable() {
    return available;
  }

  public long getAllocatedTotal() {
    return allocatedTotal;
  }

  public long getReturned() {
    return returned;
  }

  public long getOutbound() {
    return outbound;
  }

  public long getTotalCap() {
    return totalCap;
  }

  public boolean isOnline() {
    return online;
  }

  public boolean isAutoAward() {
    return autoAward;
  }

  public PeriodLimit getPerUser() {
    return perUser;
  }

  public PeriodLimit getPerDevice() {
    return perDevice;
  }

  public Instant getEffectiveFrom() {
    return effectiveFrom;
  }

  public Instant getEffectiveTo() {
    return effectiveTo;
  }

  public String getNotes() {
    return notes;
  }

  public AwardConfig getAward() {
    return award;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
