package io.haven.inventory.boundary;

import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.GoodsPurpose;
import io.haven.inventory.entity.GoodsSource;

/** List filters of the total inventory; null or blank means "any". */
public record GoodsFilter(String name, GoodsCategory category, GoodsSource source, GoodsPurpose purpose) {
  public static GoodsFilter none() {
    return new GoodsFilter(null, null, null, null);
  }
}
