package io.haven.members.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member level of one product (V3): a member holds the highest level whose minimum growth value
 * they have reached. Minimums are above zero and strictly increase from level to level; that rule
 * is about all levels of the product together, so it is checked by {@code MemberLevels} under the
 * product's lock, and the unique (product, minimum) constraint backs it up. The badge bytes live in
 * {@link MemberLevelBadge}, so lists of levels stay light.
 */
@Entity
@Table(name = "member_level")
public class MemberLevel extends TenantOwned {

  public static final int NAME_MAX = 30;
  /** Growth values are bounded so sums stay far from overflow. */
  public static final long MIN_GROWTH_MAX = 1_000_000_000L;

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "min_growth", nullable = false)
  private long minGrowth;

  @Column(name = "badge_type", nullable = false, length = 20)
  private String badgeType;

  @Column(name = "badge_size", nullable = false)
  private int badgeSize;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MemberLevel() {}

  public MemberLevel(long productId, String name, long minGrowth, String badgeType, int badgeSize, Instant now) {
    this.productId = productId;
    this.createdAt = now;
    change(name, minGrowth);
    changeBadge(badgeType, badgeSize);
  }

  public void change(String name, long minGrowth) {
    if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
      throw new IllegalArgumentException("level name must be 1.." + NAME_MAX + " characters");
    }
    if (minGrowth <= 0 || minGrowth > MIN_GROWTH_MAX) {
      throw new IllegalArgumentException("minimum growth must be 1.." + MIN_GROWTH_MAX);
    }
    this.name = name.strip();
    this.minGrowth = minGrowth;
  }

  public void changeBadge(String badgeType, int badgeSize) {
    this.badgeType = badgeType;
    this.badgeSize = badgeSize;
  }

  public Long getProductId() {
    return productId;
  }

  public String getName() {
    return name;
  }

  public long getMinGrowth() {
    return minGrowth;
  }

  public String getBadgeType() {
    return badgeType;
  }

  public int getBadgeSize() {
    return badgeSize;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
