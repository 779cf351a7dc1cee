package io.haven.tenancy.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sub-product of an enterprise (an app, a brand, a mini-program): its storefront, stock, tasks
 * and activities belong to it (T2). Identified publicly by its generated appId.
 */
@Entity
@Table(name = "product")
public class Product extends TenantOwned {

  public static final int NAME_MAX = 100;
  public static final int RATE_MAX = 1_000_000;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "app_id", nullable = false, unique = true, updatable = false, length = 32)
  private String appId;

  /** Points per yuan, e.g. 10: one yuan of cash may be offset by 10 points. */
  @Column(name = "points_rate", nullable = false)
  private int pointsRate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Product() {}

  public Product(String name, String appId, int pointsRate, Instant now) {
    this.appId = appId;
    this.createdAt = now;
    change(name, pointsRate);
  }

  public void change(String name, int pointsRate) {
    if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
      throw new IllegalArgumentException("product name must be 1.." + NAME_MAX + " characters");
    }
    if (pointsRate <= 0 || pointsRate > RATE_MAX) {
      throw new IllegalArgumentException("points rate must be 1.." + RATE_MAX);
    }
    this.name = name.strip();
    this.pointsRate = pointsRate;
  }

  public String getName() {
    return name;
  }

  public String getAppId() {
    return appId;
  }

  public int getPointsRate() {
    return pointsRate;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
