package io.haven.inventory.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Goods in the enterprise's total inventory (R3, R4). {@code stockTotal} counts every unit ever
 * added and only grows; {@code unallocated} is what is still in the total inventory: allocation
 * moves units out to a product sub-inventory, a return moves them back. Both change only under
 * the goods row lock (allocation, replenishment, return and adding stock all take it), and the
 * database CHECK keeps {@code 0 <= unallocated <= stockTotal}. Images live in {@link GoodsImage}.
 */
@Entity
@Table(name = "goods")
public class Goods extends TenantOwned {

  public static final int NAME_MAX = 100;
  public static final int INSTRUCTIONS_MAX = 2000;
  public static final int PLATFORM_MAX = 100;
  public static final int TAGS_MAX = 200;
  public static final int NOTES_MAX = 500;
  /** 100 million yuan, in fen. */
  public static final long PRICE_MAX = 10_000_000_000L;
  /** Most units one "add stock" may add. */
  public static final long ADD_MAX = 10_000_000L;
  /** Most units goods may ever hold. */
  public static final long STOCK_MAX = 1_000_000_000L;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private GoodsPurpose purpose;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private GoodsSource source;

  /** Fixed once created: sub-inventories' award configurations depend on it. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private GoodsCategory category;

  @Column(name = "redemption_instructions", length = INSTRUCTIONS_MAX)
  private String redemptionInstructions;

  @Column(name = "price_fen", nullable = false)
  private long priceFen;

  @Column(name = "stock_total", nullable = false)
  private long stockTotal;

  @Column(nullable = false)
  private long unallocated;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "supported_platform", length = PLATFORM_MAX)
  private String supportedPlatform;

  /** Comma-separated, trimmed, no empties. */
  @Column(length = TAGS_MAX)
  private String tags;

  /** Back-office only: never shown to members. */
  @Column(length = NOTES_MAX)
  private String notes;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Goods() {}

  public Goods(GoodsPurpose purpose, GoodsCategory category, GoodsDetails details, Instant now) {
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.category = Objects.requireNonNull(category, "category");
    this.createdAt = now;
    describe(details);
  }

  /** Changes what the goods are called and told; stock is changed only by the methods below. */
  public void describe(GoodsDetails details) {
    if (details.name() == null || details.name().isBlank() || details.name().strip().length() > NAME_MAX) {
      throw new IllegalArgumentException("goods name must be 1.." + NAME_MAX + " characters");
    }
    if (details.priceFen() < 0 || details.priceFen() > PRICE_MAX) {
      throw new IllegalArgumentException("price must be 0.." + PRICE_MAX + " fen");
    }
    this.name = details.name().strip();
    this.source = Objects.requireNonNull(details.source(), "source");
    this.redemptionInstructions = blankToNull(details.redemptionInstructions());
    this.priceFen = details.priceFen();
    this.expiresAt = details.expiresAt();
    this.supportedPlatform = blankToNull(details.supportedPlatform());
    this.tags = details.tags().isEmpty() ? null : String.join(",", details.tags());
    this.notes = blankToNull(details.notes());
  }

  /** R4: the only way the total grows. */
  public void addStock(long quantity) {
    if (quantity <= 0 || quantity > ADD_MAX) {
      throw new IllegalArgumentException("stock to add must be 1.." + ADD_MAX);
    }
    if (stockTotal + quantity > STOCK_MAX) {
      throw new IllegalArgumentException("stock would exceed " + STOCK_MAX);
    }
    stockTotal += quantity;
    unallocated += quantity;
  }

  /** R5: units leave the total inventory for a sub-inventory. */
  public void allocate(long quantity) {
    if (quantity <= 0 || quantity > unallocated) {
      throw new IllegalArgumentException("allocation must be 1.." + unallocated);
    }
    unallocated -= quantity;
  }

  /** R6: units a sub-inventory returned come back to the total inventory. */
  public void takeBack(long quantity) {
    if (quantity <= 0 || unallocated + quantity > stockTotal) {
      throw new IllegalArgumentException("cannot take back " + quantity + " units");
    }
    unallocated += quantity;
  }

  public boolean isExpiredAt(Instant at) {
    return expiresAt != null && !at.isBefore(expiresAt);
  }

  public GoodsPurpose getPurpose() {
    return purpose;
  }

  public String getName() {
    return name;
  }

  public GoodsSource getSource() {
    return source;
  }

  public GoodsCategory getCategory() {
    return category;
  }

  public String getRedemptionInstructions() {
    return redemptionInstructions;
  }

  public long getPriceFen() {
    return priceFen;
  }

  public long getStockTotal() {
    return stockTotal;
  }

  public long getUnallocated() {
    return unallocated;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getSupportedPlatform() {
    return supportedPlatform;
  }

  public List<String> getTags() {
    return tags == null ? List.of() : Arrays.asList(tags.split(","));
  }

  public String getNotes() {
    return notes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public GoodsDetails details() {
    return new GoodsDetails(name, source, redemptionInstructions, priceFen, expiresAt, supportedPlatform, getTags(), notes);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
