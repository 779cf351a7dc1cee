package io.haven.tenancy.boundary;

import io.haven.tenancy.entity.Product;
import java.time.Instant;

/** A product as the console lists it. */
public record ProductView(
    long id, String name, String appId, int pointsRate, Instant createdAt, long version) {

  static ProductView of(Product p) {
    return new ProductView(
        p.getId(), p.getName(), p.getAppId(), p.getPointsRate(), p.getCreatedAt(), p.getVersion());
  }
}
