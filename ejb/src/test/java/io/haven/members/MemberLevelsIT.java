package io.haven.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.HavenException;
import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.members.boundary.LevelView;
import io.haven.members.boundary.MemberLevelRuleBroken;
import io.haven.members.boundary.MemberLevels;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MemberFixture;
import io.haven.testing.Racer;
import io.haven.testing.Tenants;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** V3: a product's levels have strictly increasing minimum growth values and checked badges. */
@ExtendWith(ArquillianExtension.class)
class MemberLevelsIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("member-levels");
  }

  @Inject MemberFixture fixture;
  @Inject Tenants tenants;
  @Inject TenantContext context;
  @Inject MemberLevels levels;
  @Inject Instance<MemberLevels> levelsPerThread;
  @Inject Racer racer;

  static byte[] png(int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  @Test
  void minimumsIncreaseOnAddEditAndDelete() throws Exception {
    long product = fixture.storefront("Ladder Co").productId();
    byte[] badge = png(64, 64);
    LevelView silver = levels.add(product, "Silver", 100L, badge);
    LevelView gold = levels.add(product, "Gold", 500L, badge);
    // a new level goes on top: it must be above the top
    assertThatThrownBy(() -> levels.add(product, "Bronze", 50L, badge))
        .isInstanceOf(MemberLevelRuleBroken.class)
        .hasMessageContaining("above 500")
        .extracting(e -> ((HavenException) e).field())
        .isEqualTo("minGrowth");
    assertThatThrownBy(() -> levels.add(product, "Same", 500L, badge)).isInstanceOf(MemberLevelRuleBroken.class);
    LevelView platinum = levels.add(product, "Platinum", 2000L, badge);
    // an edit stays between its neighbours
    assertThatThrownBy(() -> levels.change(gold.id(), gold.version(), "Gold", 2000L, null))
        .isInstanceOf(MemberLevelRuleBroken.class).hasMessageContaining("between 100 and 2000");
    assertThatThrownBy(() -> levels.change(gold.id(), gold.version(), "Gold", 100L, null)).isInstanceOf(MemberLevelRuleBroken.class);
    assertThatThrownBy(() -> levels.change(silver.id(), silver.version(), "Silver", 600L, null))
        .isInstanceOf(MemberLevelRuleBroken.class).hasMessageContaining("below 500");
    LevelView goldMoved = levels.change(gold.id(), gold.version(), "Gold", 1999L, null);
    assertThat(goldMoved.minGrowth()).isEqualTo(1999L);
    // deleting the middle keeps the rest increasing, and the next edit is checked against the new neighbours
    levels.remove(goldMoved.id());
    assertThat(levels.list(product)).extracting(LevelView::name).containsExactly("Silver", "Platinum");
    LevelView silverNow = levels.get(silver.id());
    assertThat(levels.change(silverNow.id(), silverNow.version(), "Silver", 1500L, null).minGrowth()).isEqualTo(1500L);
    assertThatThrownBy(() -> levels.get(goldMoved.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> levels.add(product, "Platinum", 5000L, badge))
        .isInstanceOf(MemberLevelRuleBroken.class).extracting(e -> ((HavenException) e).field()).isEqualTo("name");
    assertThat(platinum.minGrowth()).isEqualTo(2000L);
  }

  @Test
  void wrongInputIsNamed() throws Exception {
    long product = fixture.storefront("Strict Ladder Co").productId();
    byte[] badge = png(32, 32);
    for (Long min : new Long[] {null, 0L, -1L, 1_000_000_001L}) {
      assertThatThrownBy(() -> levels.add(product, "L", min, badge))
          .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("minGrowth");
    }
    for (String name : new String[] {null, " ", "x".repeat(31), "a\u0000b"}) {
      assertThatThrownBy(() -> levels.add(product, name, 10L, badge))
          .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("name");
    }
    assertThat(levels.list(product)).isEmpty();
  }

  @Test
  void badgesAreCheckedByContent() throws Exception {
    long product = fixture.storefront("Badge Co").productId();
    assertBadgeRefused(product, png(64, 32), "upload.image.notSquare");
    assertBadgeRefused(product, "GIF89a not an image".getBytes(), "upload.image.type");
    assertBadgeRefused(product, new byte[0], "upload.image.empty");
    byte[] tooLarge = new byte[100 * 1024 + 1];
    System.arraycopy(png(8, 8), 0, tooLarge, 0, 8);
    assertBadgeRefused(product, tooLarge, "upload.image.tooLarge");
    byte[] exactly = png(48, 48);
    LevelView level = levels.add(product, "Member", 1L, exactly);
    assertThat(level.badgeType()).isEqualTo("image/png");
    assertThat(levels.badge(level.id()).bytes()).isEqualTo(io.haven.common.UploadedImage.check("badge", exactly, Long.MAX_VALUE).bytes());
    byte[] replaced = png(96, 96);
    levels.change(level.id(), level.version(), "Member", 1L, replaced);
    assertThat(levels.badge(product, level.id()).bytes()).isEqualTo(io.haven.common.UploadedImage.check("badge", replaced, Long.MAX_VALUE).bytes());
    assertThatThrownBy(() -> levels.change(level.id(), level.version(), "Member", 1L, png(3, 4)))
        .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("badge");
  }

  private void assertBadgeRefused(long product, byte[] bytes, String code) {
    assertThatThrownBy(() -> levels.add(product, "B", 10L, bytes))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).code()).isEqualTo(code))
        .extracting(e -> ((InvalidInput) e).field())
        .isEqualTo("badge");
  }

  /**
   * Twenty operators add levels at once, with minimums in random order. Each add is checked
   * against the top at the time it runs; without the product lock two adds would check against the
   * same top and the later-ranked one could end up with the lower minimum.
   */
  @Test
  void concurrentAddsNeverInvertTheLadder() throws Exception {
    long product = fixture.storefront("Race Ladder Co").productId();
    long tenantId = context.tenantId();
    byte[] badge = png(16, 16);
    List<Long> minimums = new ArrayList<>();
    for (long m = 1; m <= 20; m++) {
      minimums.add(m * 10);
    }
    Collections.shuffle(minimums, new Random(7));
    List<Object> outcomes =
        racer.race(20, tenantId, i -> () -> levelsPerThread.get().add(product, "L" + i, minimums.get(i), badge));
    assertThat(outcomes).allMatch(o -> o instanceof LevelView || o instanceof MemberLevelRuleBroken);
    List<LevelView> ladder = levels.list(product);
    assertThat(ladder).hasSize((int) outcomes.stream().filter(o -> o instanceof LevelView).count()).isNotEmpty();
    for (int i = 1; i < ladder.size(); i++) {
      assertThat(ladder.get(i).minGrowth()).isGreaterThan(ladder.get(i - 1).minGrowth());
    }
  }

  /**
   * Silver 100, Gold 200: one operator moves Silver to 150, another Gold to 120. Each is valid
   * alone; together they would invert the ladder. Under the lock exactly one wins, in every round.
   */
  @Test
  void concurrentEditsNeverInvertTheLadder() throws Exception {
    byte[] badge = png(16, 16);
    for (int round = 0; round < 5; round++) {
      long product = fixture.storefront("Edit Race " + round).productId();
      long tenantId = context.tenantId();
      LevelView silver = levels.add(product, "Silver", 100L, badge);
      LevelView gold = levels.add(product, "Gold", 200L, badge);
      List<Object> outcomes =
          racer.race(
              2,
              tenantId,
              i -> () -> i == 0
                  ? levelsPerThread.get().change(silver.id(), silver.version(), "Silver", 150L, null)
                  : levelsPerThread.get().change(gold.id(), gold.version(), "Gold", 120L, null));
      assertThat(outcomes.stream().filter(o -> o instanceof LevelView).count()).isEqualTo(1);
      assertThat(outcomes).anyMatch(o -> o instanceof MemberLevelRuleBroken);
      List<LevelView> ladder = levels.list(product);
      assertThat(ladder.get(1).minGrowth()).isGreaterThan(ladder.get(0).minGrowth());
    }
  }

  @Test
  void anotherTenantSeesNoLevels() throws Exception {
    long product = fixture.storefront("Own Ladder Co").productId();
    LevelView level = levels.add(product, "Gold", 10L, png(8, 8));
    tenants.actAs(tenants.open("Peeking Co"));
    assertThatThrownBy(() -> levels.get(level.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> levels.badge(level.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> levels.change(level.id(), level.version(), "Mine", 20L, null)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> levels.remove(level.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> levels.add(product, "Mine", 20L, png(8, 8))).isInstanceOf(NotFound.class);
    assertThat(levels.list(product)).isEmpty();
  }
}
