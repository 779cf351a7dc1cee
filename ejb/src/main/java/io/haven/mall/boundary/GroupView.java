package io.haven.mall.boundary;

import io.haven.mall.entity.ListingGroup;
import java.time.Instant;

/** A goods group (M1) as the console and the storefront's group tabs show it. */
public record GroupView(long id, long productId, String name, int sortOrder, boolean isDefault, long listings, Instant createdAt, long version) {

  static GroupView of(ListingGroup g, long listings) {
    return new GroupView(g.getId(), g.getProductId(), g.getName(), g.getSortOrder(), g.isDefault(), listings, g.getCreatedAt(), g.getVersion());
  }
}
