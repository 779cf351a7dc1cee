package io.haven.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A sub-product of an enterprise (an app, a brand, a mini-program): its storefront, stock, tasks
 * and activities belong to it (T2). Identified publicly by its generated appId.
 */
@Entity
@Table(name = "product")
public class Product {

  public static final int NAME_MAX = 100;
  public static final int RATE_MAX = 1_000_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "app_id", nullable = false, unique = true, updatable = false, length = 32)
  private String appId;

  /** Points per yuan, e.g. 10: one yuan of cash may be offset by 10 points. */
  @Column(name = "points_rate", nullable = false)
  private int pointsRate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

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

  /** Only for platform-level creation, where the session sees all tenants. */
  public void assignTenant(long tenantId) {
    this.tenantId = tenantId;
  }

  public Long getId() {
    return id;
  }

  public Long getTenantId() {
    return tenantId;
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

  public long getVersion() {
    return version;
  }
}
