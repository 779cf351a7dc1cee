package io.haven.mall.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Goods of a product sub-inventory put on sale in the points mall (M2): display name, group, price,
 * optional strikethrough price, sale rule, texts. A new listing is OFFLINE; it goes ONLINE and
 * OFFLINE; VOID is final and keeps the row for the redemptions that point at it. The stock is not
 * here: it stays in the sub-inventory row, the one place it is locked and decremented.
 */
@Entity
@Table(name = "listing")
public class Listing extends TenantOwned {

  public static final int NAME_MAX = 100;
  public static final int INTRO_MAX = 200;
  public static final int DESCRIPTION_MAX = 4000;
  public static final int DELIVERY_DAYS_MAX = 365;

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Column(name = "sub_inventory_id", nullable = false, updatable = false)
  private Long subInventoryId;

  @Column(name = "goods_id", nullable = false, updatable = false)
  private Long goodsId;

  @Column(name = "group_id", nullable = false)
  private Long groupId;

  @Column(name = "display_name", nullable = false, length = NAME_MAX)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "exchange_method", nullable = false, length = 20)
  private ExchangeMethod exchangeMethod;

  @Column(name = "points_cost", nullable = false)
  private long pointsCost;

  @Column(name = "cash_fen", nullable = false)
  private long cashFen;

  @Column(name = "strikethrough_fen")
  private Long strikethroughFen;

  @Enumerated(EnumType.STRING)
  @Column(name = "sale_rule", nullable = false, length = 16)
  private SaleRule saleRule;

  @Column(name = "flash_start")
  private Instant flashStart;

  @Column(name = "flash_end")
  private Instant flashEnd;

  @Column(length = INTRO_MAX)
  private String intro;

  @Column(name = "delivery_days")
  private Integer deliveryDays;

  @Column(length = DESCRIPTION_MAX)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ListingStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Listing() {}

  public Listing(long productId, long subInventoryId, long goodsId, Terms terms, Instant now) {
    this.productId = productId;
    this.subInventoryId = subInventoryId;
    this.goodsId = goodsId;
    this.status = ListingStatus.OFFLINE;
    this.createdAt = now;
    edit(terms, now);
  }

  /** Everything an operator sets on a listing; checked as a whole (the flash window needs both ends). */
  public record Terms(
      String displayName,
      long groupId,
      Price price,
      Long strikethroughFen,
      SaleRule saleRule,
      Instant flashStart,
      Instant flashEnd,
      String intro,
      Integer deliveryDays,
      String description) {

    public Terms {
      Objects.requireNonNull(price, "price");
      Objects.requireNonNull(saleRule, "sale rule");
      if (displayName == null || displayName.isBlank() || displayName.strip().length() > NAME_MAX) {
        throw new IllegalArgumentException("display name must be 1.." + NAME_MAX + " characters");
      }
      if (strikethroughFen != null && (strikethroughFen < 0 || strikethroughFen > Price.MAX_CASH_FEN)) {
        throw new IllegalArgumentException("strikethrough price must be 0.." + Price.MAX_CASH_FEN + " fen");
      }
      if (saleRule == SaleRule.FLASH_SALE && (flashStart == null || flashEnd == null || !flashEnd.isAfter(flashStart))) {
        throw new IllegalArgumentException("a flash sale needs a start and an end after it");
      }
      if (saleRule == SaleRule.NONE) {
        flashStart = null;
        flashEnd = null;
      }
      if (intro != null && intro.strip().length() > INTRO_MAX) {
        throw new IllegalArgumentException("intro must be at most " + INTRO_MAX + " characters");
      }
      if (deliveryDays != null && (deliveryDays < 0 || deliveryDays > DELIVERY_DAYS_MAX)) {
        throw new IllegalArgumentException("delivery days must be 0.." + DELIVERY_DAYS_MAX);
      }
      if (description != null && description.length() > DESCRIPTION_MAX) {
        throw new IllegalArgumentException("description must be at most " + DESCRIPTION_MAX + " characters");
      }
      displayName = displayName.strip();
      intro = intro == null || intro.isBlank() ? null : intro.strip();
      description = description == null || description.isBlank() ? null : description;
    }
  }

  public void edit(Terms terms, Instant now) {
    requireNotVoid();
    this.displayName = terms.displayName();
    this.groupId = terms.groupId();
    this.exchangeMethod = terms.price().method();
    this.pointsCost = terms.price().points();
    this.cashFen = terms.price().cashFen();
    this.strikethroughFen = terms.strikethroughFen();
    this.saleRule = terms.saleRule();
    this.flashStart = terms.flashStart();
    this.flashEnd = terms.flashEnd();
    this.intro = terms.intro();
    this.deliveryDays = terms.deliveryDays();
    this.description = terms.description();
    this.updatedAt = now;
  }

  /** A removed group's (void) listings move to the default group. */
  public void moveToGroup(long groupId) {
    this.groupId = groupId;
  }

  /** Returns false when it already was online (nothing changed). */
  public boolean putOnline(Instant now) {
    requireNotVoid();
    if (status == ListingStatus.ONLINE) {
      return false;
    }
    status = ListingStatus.ONLINE;
    updatedAt = now;
    return true;
  }

  public boolean takeOffline(Instant now) {
    requireNotVoid();
    if (status == ListingStatus.OFFLINE) {
      return false;
    }
    status = ListingStatus.OFFLINE;
    updatedAt = now;
    return true;
  }

  public boolean voidIt(Instant now) {
    if (status == ListingStatus.VOID) {
      return false;
    }
    status = ListingStatus.VOID;
    updatedAt = now;
    return true;
  }

  public boolean isOnline() {
    return status == ListingStatus.ONLINE;
  }

  /** Before the flash sale's start, or at/after its end; always inside for SaleRule.NONE. */
  public boolean flashSaleNotStarted(Instant now) {
    return saleRule == SaleRule.FLASH_SALE && now.isBefore(flashStart);
  }

  public boolean flashSaleEnded(Instant now) {
    return saleRule == SaleRule.FLASH_SALE && !now.isBefore(flashEnd);
  }

  private void requireNotVoid() {
    if (status == ListingStatus.VOID) {
      throw new IllegalStateException("listing " + getId() + " is void");
    }
  }

  public Price price() {
    return new Price(exchangeMethod, pointsCost, cashFen);
  }

  public Terms terms() {
    return new Terms(displayName, groupId, price(), strikethroughFen, saleRule, flashStart, flashEnd, intro, deliveryDays, description);
  }

  public Long getProductId() {
    return productId;
  }

  public Long getSubInventoryId() {
    return subInventoryId;
  }

  public Long getGoodsId() {
    return goodsId;
  }

  public Long getGroupId() {
    return groupId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Long getStrikethroughFen() {
    return strikethroughFen;
  }

  public SaleRule getSaleRule() {
    return saleRule;
  }

  public Instant getFlashStart() {
    return flashStart;
  }

  public Instant getFlashEnd() {
    return flashEnd;
  }

  public String getIntro() {
    return intro;
  }

  public Integer getDeliveryDays() {
    return deliveryDays;
  }

  public String getDescription() {
    return description;
  }

  public ListingStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
