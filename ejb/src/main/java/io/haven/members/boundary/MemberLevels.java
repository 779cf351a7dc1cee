package io.haven.members.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.common.UploadedImage;
import io.haven.members.control.LevelLadder;
import io.haven.members.control.ProductLevels;
import io.haven.members.control.ProductLock;
import io.haven.members.entity.Member;
import io.haven.members.entity.MemberLevel;
import io.haven.members.entity.MemberLevelBadge;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A product's member levels (V3) and where members stand on them. Levels belong to a product, not
 * to the enterprise: members, their growth and the member tasks that feed it are per product (V1,
 * V4), and two products of one enterprise (a coffee app and a bakery brand) run programmes of
 * their own. Levels rank in the order they were added: each new one goes on top and needs a higher
 * minimum than the current top; an edit must stay between its neighbours. Every add, edit and
 * delete first locks the product row, so concurrent edits are checked one after the other.
 */
@Stateless
public class MemberLevels {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject ProductLock products;
  @Inject ProductLevels ladders;

  /** The product's levels, lowest first. No badge bytes are loaded. */
  public List<LevelView> list(long productId) {
    tenant.tenantId();
    return ranked(productId).stream().map(LevelView::of).toList();
  }

  public LevelView get(long levelId) {
    return LevelView.of(load(levelId));
  }

  public LevelView add(long productId, String name, Long minGrowth, byte[] badge) {
    String cleanName = requireName(name);
    long min = requireMinGrowth(minGrowth);
    UploadedImage image = requireBadge(badge);
    Product product = products.lock(productId, MemberLevelRuleBroken::busy);
    List<MemberLevel> levels = ranked(product.getId());
    requireFreeName(levels, cleanName, null);
    Long top = levels.isEmpty() ? null : levels.get(levels.size() - 1).getMinGrowth();
    if (top != null && min <= top) {
      throw MemberLevelRuleBroken.notIncreasing(top, null);
    }
    MemberLevel level = new MemberLevel(product.getId(), cleanName, min, image.format().mediaType, image.bytes().length, StoredTime.now());
    em.persist(level);
    em.flush();
    em.persist(new MemberLevelBadge(level.getId(), image.bytes()));
    return LevelView.of(level);
  }

  /** Edits name and minimum; a null badge keeps the current one. */
  public LevelView change(long levelId, long expectedVersion, String name, Long minGrowth, byte[] badge) {
    String cleanName = requireName(name);
    long min = requireMinGrowth(minGrowth);
    UploadedImage image = badge == null ? null : requireBadge(badge);
    MemberLevel level = load(levelId);
    products.lock(level.getProductId(), MemberLevelRuleBroken::busy);
    em.refresh(level);
    if (level.getVersion() != expectedVersion) {
      throw new io.haven.tenancy.boundary.StaleEdit("Level " + level.getName());
    }
    List<MemberLevel> levels = ranked(level.getProductId());
    requireFreeName(levels, cleanName, level.getId());
    int at = indexOf(levels, level);
    Long below = at == 0 ? null : levels.get(at - 1).getMinGrowth();
    Long above = at == levels.size() - 1 ? null : levels.get(at + 1).getMinGrowth();
    if ((below != null && min <= below) || (above != null && min >= above)) {
      throw MemberLevelRuleBroken.notIncreasing(below, above);
    }
    level.change(cleanName, min);
    if (image != null) {
      level.changeBadge(image.format().mediaType, image.bytes().length);
      badgeOf(level.getId()).replace(image.bytes());
    }
    em.flush();
    return LevelView.of(level);
  }

  /**
   * Removes a level; the levels left are a subsequence of an increasing sequence, so still
   * increasing. Members who held it simply stand on the level below from now on.
   */
  public void remove(long levelId) {
    MemberLevel level = load(levelId);
    products.lock(level.getProductId(), MemberLevelRuleBroken::busy);
    em.remove(badgeOf(level.getId()));
    em.remove(level);
    em.flush();
  }

  public BadgeImage badge(long levelId) {
    MemberLevel level = load(levelId);
    return new BadgeImage(level.getBadgeType(), badgeOf(levelId).getBytes());
  }

  /** The badge of a level of this product (the storefront asks by product). */
  public BadgeImage badge(long productId, long levelId) {
    MemberLevel level = load(levelId);
    if (level.getProductId() != productId) {
      throw new NotFound("Level", levelId);
    }
    return new BadgeImage(level.getBadgeType(), badgeOf(levelId).getBytes());
  }

  /** The member's growth value and the level it reaches, derived from the product's levels now. */
  public MemberStanding standing(long productId, long memberId) {
    tenant.tenantId();
    Member member = em.find(Member.class, memberId);
    if (member == null || member.getProductId() != productId) {
      throw new NotFound("Member", memberId);
    }
    return standingOf(member);
  }

  private MemberStanding standingOf(Member member) {
    LevelLadder ladder = ladders.ladder(member.getProductId());
    long growth = member.getGrowthValue();
    return new MemberStanding(
        member.getId(),
        member.getProductId(),
        growth,
        ladder.levelFor(growth).map(LevelView::of).orElse(null),
        ladder.nextAfter(growth).map(LevelView::of).orElse(null));
  }

  private List<MemberLevel> ranked(long productId) {
    return ladders.ranked(productId);
  }

  private MemberLevel load(long levelId) {
    tenant.tenantId();
    MemberLevel level = em.find(MemberLevel.class, levelId);
    if (level == null) {
      throw new NotFound("Level", levelId);
    }
    return level;
  }

  private MemberLevelBadge badgeOf(long levelId) {
    MemberLevelBadge badge = em.find(MemberLevelBadge.class, levelId);
    if (badge == null) {
      throw new NotFound("Badge", levelId);
    }
    return badge;
  }

  private static int indexOf(List<MemberLevel> levels, MemberLevel level) {
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).getId().equals(level.getId())) {
        return i;
      }
    }
    throw new IllegalStateException("level not among its product's levels");
  }

  private static void requireFreeName(List<MemberLevel> levels, String name, Long except) {
    for (MemberLevel other : levels) {
      if (!other.getId().equals(except) && other.getName().equalsIgnoreCase(name)) {
        throw MemberLevelRuleBroken.nameTaken(name);
      }
    }
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > MemberLevel.NAME_MAX || !name.strip().matches("[^\\p{Cntrl}\\p{Cs}]+")) {
      throw new InvalidInput("name", "memberLevel.name.invalid", "Name must be 1 to " + MemberLevel.NAME_MAX + " characters");
    }
    return name.strip();
  }

  private static long requireMinGrowth(Long minGrowth) {
    if (minGrowth == null || minGrowth <= 0 || minGrowth > MemberLevel.MIN_GROWTH_MAX) {
      throw new InvalidInput(
          "minGrowth", "memberLevel.minGrowth.invalid", "Minimum growth value must be a whole number from 1 to " + MemberLevel.MIN_GROWTH_MAX);
    }
    return minGrowth;
  }

  private static UploadedImage requireBadge(byte[] badge) {
    return UploadedImage.checkSquare("badge", badge, MemberLevelBadge.MAX_BYTES);
  }
}
