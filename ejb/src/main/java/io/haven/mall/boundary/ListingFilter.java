package io.haven.mall.boundary;

import io.haven.mall.entity.ListingStatus;

/** Console listing filters; null (or blank) means "any". {@code search} matches the display name. */
public record ListingFilter(Long productId, Long groupId, ListingStatus status, String search) {

  public static ListingFilter any() {
    return new ListingFilter(null, null, null, null);
  }
}
