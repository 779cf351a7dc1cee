package io.haven.inventory.boundary;

import io.haven.inventory.entity.GoodsCategory;

/** List filters of sub-inventories; null or blank means "any". */
public record SubInventoryFilter(Long productId, String goodsName, GoodsCategory category, Boolean online) {
  public static SubInventoryFilter none() {
    return new SubInventoryFilter(null, null, null, null);
  }
}
