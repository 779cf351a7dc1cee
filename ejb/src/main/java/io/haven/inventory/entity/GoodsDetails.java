package io.haven.inventory.entity;

import java.time.Instant;
import java.util.List;

/**
 * The editable description of goods (R3): everything but purpose, category and stock. Checked
 * field by field by the boundary before it reaches {@link Goods}.
 */
public record GoodsDetails(
    String name,
    GoodsSource source,
    String redemptionInstructions,
    long priceFen,
    Instant expiresAt,
    String supportedPlatform,
    List<String> tags,
    String notes) {

  public GoodsDetails {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
