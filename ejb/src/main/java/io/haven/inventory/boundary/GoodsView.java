package io.haven.inventory.boundary;

import io.haven.inventory.entity.Goods;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.GoodsPurpose;
import io.haven.inventory.entity.GoodsSource;
import java.time.Instant;
import java.util.List;

/** Goods of the total inventory as the console shows them; {@code hasCover}/{@code hasDetail} tell whether images exist. */
public record GoodsView(
    long id,
    GoodsPurpose purpose,
    String name,
    GoodsSource source,
    GoodsCategory category,
    String redemptionInstructions,
    long priceFen,
    long stockTotal,
    long unallocated,
    Instant expiresAt,
    String supportedPlatform,
    List<String> tags,
    String notes,
    boolean hasCover,
    boolean hasDetail,
    Instant createdAt,
    long version) {

  static GoodsView of(Goods g, boolean hasCover, boolean hasDetail) {
    return new GoodsView(
        g.getId(),
        g.getPurpose(),
        g.getName(),
        g.getSource(),
        g.getCategory(),
        g.getRedemptionInstructions(),
        g.getPriceFen(),
        g.getStockTotal(),
        g.getUnallocated(),
        g.getExpiresAt(),
        g.getSupportedPlatform(),
        g.getTags(),
        g.getNotes(),
        hasCover,
        hasDetail,
        g.getCreatedAt(),
        g.getVersion());
  }

  /** Allocated to sub-inventories (and not returned). */
  public long allocated() {
    return stockTotal - unallocated;
  }
}
