package io.haven.coupons.boundary;

import io.haven.coupons.entity.Store;
import java.time.Instant;

/** A store as the console and the verification page show it. */
public record StoreView(long id, String name, String address, String phone, boolean hasImage, long verifiers, Instant createdAt) {

  static StoreView of(Store s, boolean hasImage, long verifiers) {
    return new StoreView(s.getId(), s.getName(), s.getAddress(), s.getPhone(), hasImage, verifiers, s.getCreatedAt());
  }
}
