package io.haven.mall.boundary;

import java.util.List;

/** One page of a storefront goods list of a group; {@code page} counts from 0. */
public record GoodsPage(long groupId, int page, int size, long total, List<GoodsCard> items) {
  public GoodsPage {
    items = List.copyOf(items);
  }
}
