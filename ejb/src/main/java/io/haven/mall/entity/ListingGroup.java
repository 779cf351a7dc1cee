package io.haven.mall.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A goods group of one product's points mall (M1). Every product has exactly one default group —
 * created the first time anyone asks for it, the unique (product, default_marker) key settles a
 * race — which cannot be removed; custom groups have a unique name and a sort order.
 */
@Entity
@Table(name = "listing_group")
public class ListingGroup extends TenantOwned {

  public static final int NAME_MAX = 50;
  public static final int SORT_MAX = 9999;
  /** The default group's stored name (zh-CN is the default language); views may label it anew. */
  public static final String DEFAULT_NAME = "默认分组";

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "default_marker", updatable = false)
  private Short defaultMarker;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ListingGroup() {}

  private ListingGroup(long productId, String name, int sortOrder, boolean isDefault, Instant now) {
    this.productId = productId;
    this.defaultMarker = isDefault ? (short) 1 : null;
    this.createdAt = now;
    change(name, sortOrder);
  }

  public static ListingGroup defaultOf(long productId, Instant now) {
    return new ListingGroup(productId, DEFAULT_NAME, 0, true, now);
  }

  public static ListingGroup custom(long productId, String name, int sortOrder, Instant now) {
    return new ListingGroup(productId, name, sortOrder, false, now);
  }

  public void change(String name, int sortOrder) {
    if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
      throw new IllegalArgumentException("group name must be 1.." + NAME_MAX + " characters");
    }
    if (sortOrder < 0 || sortOrder > SORT_MAX) {
      throw new IllegalArgumentException("sort order must be 0.." + SORT_MAX);
    }
    this.name = name.strip();
    this.sortOrder = sortOrder;
  }

  public boolean isDefault() {
    return defaultMarker != null;
  }

  public Long getProductId() {
    return productId;
  }

  public String getName() {
    return name;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
