package io.haven.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.HavenException;
import io.haven.common.InvalidInput;
import io.haven.common.InvalidInputs;
import io.haven.common.NotFound;
import io.haven.inventory.boundary.GoodsFilter;
import io.haven.inventory.boundary.GoodsImages;
import io.haven.inventory.boundary.GoodsView;
import io.haven.inventory.boundary.NewGoods;
import io.haven.inventory.boundary.TotalInventory;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.GoodsDetails;
import io.haven.inventory.entity.GoodsImageKind;
import io.haven.inventory.entity.GoodsPurpose;
import io.haven.inventory.entity.GoodsSource;
import io.haven.tenancy.boundary.AuditLog;
import io.haven.testing.DomainDeployment;
import io.haven.testing.InventoryFixture;
import io.haven.testing.Tenants;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** R3, R4: goods with every field, images checked by content, stock that only grows, lists. */
@ExtendWith(ArquillianExtension.class)
class TotalInventoryIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("total-inventory");
  }

  @Inject Tenants tenants;
  @Inject TotalInventory inventory;
  @Inject GoodsImages images;
  @Inject AuditLog audit;
  @Inject InventoryFixture fixture;

  @Test
  void addsGoodsWithEveryFieldAndImagesThenStockOnlyGrows() {
    tenants.actAs(tenants.open("Goods Co"));
    Instant expiry = Instant.now().plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    byte[] cover = InventoryFixture.image("png", 60, 60);
    byte[] detail = InventoryFixture.image("jpg", 80, 40);
    var details =
        new GoodsDetails(" Coffee Voucher ", GoodsSource.PURCHASED, "Show at the counter", 2500, expiry, "H5, mini-program", List.of("coffee, hot", "new"), "supplier A");
    GoodsView added = inventory.add(new NewGoods(GoodsPurpose.POINTS_MALL, GoodsCategory.COUPON, details, 100, cover, detail));

    GoodsView read = inventory.get(added.id());
    assertThat(read.name()).isEqualTo("Coffee Voucher");
    assertThat(read.purpose()).isEqualTo(GoodsPurpose.POINTS_MALL);
    assertThat(read.source()).isEqualTo(GoodsSource.PURCHASED);
    assertThat(read.category()).isEqualTo(GoodsCategory.COUPON);
    assertThat(read.redemptionInstructions()).isEqualTo("Show at the counter");
    assertThat(read.priceFen()).isEqualTo(2500);
    assertThat(read.expiresAt()).isEqualTo(expiry);
    assertThat(read.supportedPlatform()).isEqualTo("H5, mini-program");
    assertThat(read.tags()).containsExactly("coffee", "hot", "new");
    assertThat(read.notes()).isEqualTo("supplier A");
    assertThat(read.stockTotal()).isEqualTo(100);
    assertThat(read.unallocated()).isEqualTo(100);
    assertThat(read.hasCover()).isTrue();
    assertThat(read.hasDetail()).isTrue();
    assertThat(images.image(added.id(), GoodsImageKind.COVER).bytes())
        .as("the pixels kept from the upload, encoded again")
        .isEqualTo(io.haven.common.UploadedImage.check("cover", cover, Long.MAX_VALUE).bytes());
    assertThat(images.image(added.id(), GoodsImageKind.DETAIL).mediaType()).isEqualTo("image/jpeg");

    GoodsView more = inventory.addStock(added.id(), 50);
    assertThat(more.stockTotal()).isEqualTo(150);
    assertThat(more.unallocated()).isEqualTo(150);
    for (long bad : new long[] {0, -5, 10_000_001L}) {
      assertThatThrownBy(() -> inventory.addStock(added.id(), bad))
          .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("quantity"));
    }
    assertThat(inventory.get(added.id()).stockTotal()).isEqualTo(150);
    assertThat(audit.search(new AuditLog.Filter(null, "Goods", "UPDATE", null, null, null), 0, 10).items())
        .anyMatch(e -> e.summary().contains("stockTotal: 100 → 150"));
  }

  @Test
  void editsTheDescriptionButNotTheStockAndRefusesAStaleEdit() {
    tenants.actAs(tenants.open("Edit Co"));
    GoodsView goods = fixture.goods("Old name", GoodsCategory.PHYSICAL, 7);
    var renamed = new GoodsDetails("New name", GoodsSource.FREE, "Bring your ID", 0, null, null, List.of("a"), null);
    GoodsView changed = inventory.change(goods.id(), goods.version(), renamed);
    assertThat(changed.name()).isEqualTo("New name");
    assertThat(changed.source()).isEqualTo(GoodsSource.FREE);
    assertThat(changed.priceFen()).isZero();
    assertThat(changed.stockTotal()).isEqualTo(7);
    assertThat(changed.category()).isEqualTo(GoodsCategory.PHYSICAL);
    assertThatThrownBy(() -> inventory.change(goods.id(), goods.version(), InventoryFixture.details("Lost update")))
        .isInstanceOfSatisfying(HavenException.class, e -> assertThat(e.code()).isEqualTo("stale"));
    assertThat(inventory.get(goods.id()).name()).isEqualTo("New name");
  }

  @Test
  void refusesBadFieldsNamingTheField() {
    tenants.actAs(tenants.open("Bad Fields Co"));
    assertField(new NewGoods(GoodsPurpose.POINTS_MALL, GoodsCategory.PHYSICAL, InventoryFixture.details("  "), 1, null, null), "name");
    assertField(new NewGoods(GoodsPurpose.POINTS_MALL, GoodsCategory.PHYSICAL, InventoryFixture.details("x".repeat(101)), 1, null, null), "name");
    assertField(new NewGoods(null, GoodsCategory.PHYSICAL, InventoryFixture.details("Mug"), 1, null, null), "purpose");
    assertField(new NewGoods(GoodsPurpose.POINTS_MALL, null, InventoryFixture.details("Mug"), 1, null, null), "category");
    assertField(new NewGoods(GoodsPurpose.POINTS_MALL, GoodsCategory.PHYSICAL, InventoryFixture.details("Mug"), -1, null, null), "initialStock");
    assertField(new NewGoods(GoodsPurpose.POINTS_MALL, GoodsCategory.CDK, InventoryFixture.details("Game key"), 5, null, null), "initialStock");
    var negativePrice = new GoodsDetails("Mug", GoodsSource.OWN, null, -1, null, null, List.of(), null);
    assertField(new NewGoods(GoodsPurpose.ECOMMERCE, GoodsCategory.PHYSICAL, negativePrice, 1, null, null), "priceFen");
    var overflowingPrice = new GoodsDetails("Mug", GoodsSource.OWN, null, Long.MAX_VALUE, null, null, List.of(), null);
    assertField(new NewGoods(GoodsPurpose.ECOMMERCE, GoodsCategory.PHYSICAL, overflowingPrice, 1, null, null), "priceFen");
    var noSource = new GoodsDetails("Mug", null, null, 1, null, null, List.of(), null);
    assertField(new NewGoods(GoodsPurpose.ECOMMERCE, GoodsCategory.PHYSICAL, noSource, 1, null, null), "source");
    var longNotes = new GoodsDetails("Mug", GoodsSource.OWN, null, 1, null, null, List.of(), "n".repeat(501));
    assertField(new NewGoods(GoodsPurpose.ECOMMERCE, GoodsCategory.PHYSICAL, longNotes, 1, null, null), "notes");
    assertThat(inventory.list(GoodsFilter.none(), 0, 10).total()).isZero();
  }

  /** Issue 10: the goods dialog shows every broken field at once, so the boundary answers them all. */
  @Test
  void everyBrokenFieldOfNewGoodsIsAnsweredAtOnce() {
    tenants.actAs(tenants.open("All Goods Fields Co"));
    var details = new GoodsDetails(" ", null, null, -1, null, null, List.of(), "n".repeat(501));
    byte[] gif = "GIF89a-not-accepted".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> inventory.add(new NewGoods(null, GoodsCategory.PHYSICAL, details, -1, gif, null)))
        .isInstanceOfSatisfying(
            InvalidInputs.class,
            e -> assertThat(e.all()).extracting(InvalidInput::field).containsExactly("purpose", "name", "source", "priceFen", "notes", "initialStock", "cover"));
    assertThat(inventory.list(GoodsFilter.none(), 0, 10).total()).as("nothing written").isZero();
  }

  /** Wrong type, over 2 MB, text named .png, garbage after a signature: refused on the field, nothing written. */
  @Test
  void badImagesAreRefusedOnTheirFieldAndNothingIsWritten() {
    tenants.actAs(tenants.open("Image Co"));
    byte[] gif = "GIF89a-not-accepted".getBytes(StandardCharsets.US_ASCII);
    byte[] fakePng = "this is a text file called cover.png".getBytes(StandardCharsets.UTF_8);
    byte[] tooLarge = Arrays.copyOf(InventoryFixture.image("png", 10, 10), 2 * 1024 * 1024 + 1);
    byte[] truncated = Arrays.copyOf(InventoryFixture.image("png", 10, 10), 12);
    byte[] good = InventoryFixture.image("png", 10, 10);
    record Case(byte[] cover, byte[] detail, String field, String code) {}
    for (Case c :
        List.of(
            new Case(gif, null, "cover", "upload.image.type"),
            new Case(fakePng, null, "cover", "upload.image.type"),
            new Case(tooLarge, null, "cover", "upload.image.tooLarge"),
            new Case(good, truncated, "detail", "upload.image.unreadable"))) {
      assertThatThrownBy(
              () -> inventory.add(new NewGoods(GoodsPurpose.POINTS_MALL, GoodsCategory.PHYSICAL, InventoryFixture.details("Pic"), 3, c.cover(), c.detail())))
          .isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(c.field());
            assertThat(e.code()).isEqualTo(c.code());
          });
    }
    assertThat(inventory.list(GoodsFilter.none(), 0, 10).total()).isZero();

    GoodsView goods = fixture.goods("Plain", GoodsCategory.PHYSICAL, 1);
    assertThatThrownBy(() -> images.upload(goods.id(), GoodsImageKind.DETAIL, fakePng))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("detail"));
    assertThatThrownBy(() -> images.image(goods.id(), GoodsImageKind.DETAIL)).isInstanceOf(NotFound.class);
    images.upload(goods.id(), GoodsImageKind.DETAIL, good);
    byte[] replacement = InventoryFixture.image("jpg", 20, 20);
    images.upload(goods.id(), GoodsImageKind.DETAIL, replacement);
    assertThat(images.image(goods.id(), GoodsImageKind.DETAIL).bytes())
        .isEqualTo(io.haven.common.UploadedImage.check("detail", replacement, Long.MAX_VALUE).bytes());
    assertThat(inventory.get(goods.id()).hasDetail()).isTrue();
    assertThat(inventory.get(goods.id()).hasCover()).isFalse();
  }

  @Test
  void listsWithSearchFiltersAndPages() {
    tenants.actAs(tenants.open("List Co"));
    fixture.goods("Green Tea", GoodsCategory.PHYSICAL, 5);
    fixture.goods("Black Tea Coupon", GoodsCategory.COUPON, 5);
    inventory.add(new NewGoods(GoodsPurpose.ECOMMERCE, GoodsCategory.PHYSICAL, InventoryFixture.details("Teapot"), 2, null, null));
    for (int i = 0; i < 12; i++) {
      fixture.goods("Filler " + i, GoodsCategory.POINTS, 1);
    }
    assertThat(inventory.list(new GoodsFilter("tea", null, null, null), 0, 10).items())
        .extracting(GoodsView::name)
        .containsExactly("Teapot", "Black Tea Coupon", "Green Tea");
    assertThat(inventory.list(new GoodsFilter("TEA", GoodsCategory.COUPON, null, null), 0, 10).items())
        .extracting(GoodsView::name)
        .containsExactly("Black Tea Coupon");
    assertThat(inventory.list(new GoodsFilter(null, null, null, GoodsPurpose.ECOMMERCE), 0, 10).items())
        .extracting(GoodsView::name)
        .containsExactly("Teapot");
    assertThat(inventory.list(new GoodsFilter(null, null, GoodsSource.PURCHASED, null), 0, 10).total()).isZero();
    var second = inventory.list(GoodsFilter.none(), 10, 10);
    assertThat(second.total()).isEqualTo(15);
    assertThat(second.items()).hasSize(5);
  }

  @Test
  void anotherTenantsGoodsAreNotFound() {
    long a = tenants.open("Alpha Goods");
    long b = tenants.open("Beta Goods");
    GoodsView goods =
        tenants.as(
            a,
            () -> inventory.add(new NewGoods(GoodsPurpose.POINTS_MALL, GoodsCategory.PHYSICAL, InventoryFixture.details("Secret"), 5, InventoryFixture.image("png", 5, 5), null)));
    tenants.actAs(b);
    assertThatThrownBy(() -> inventory.get(goods.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> inventory.addStock(goods.id(), 5)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> inventory.change(goods.id(), goods.version(), InventoryFixture.details("Mine"))).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> images.image(goods.id(), GoodsImageKind.COVER)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> images.upload(goods.id(), GoodsImageKind.COVER, InventoryFixture.image("png", 5, 5))).isInstanceOf(NotFound.class);
    assertThat(inventory.list(new GoodsFilter("Secret", null, null, null), 0, 10).total()).isZero();
    tenants.actAs(a);
    assertThat(inventory.get(goods.id()).stockTotal()).isEqualTo(5);
    assertThat(inventory.get(goods.id()).name()).isEqualTo("Secret");
  }

  private void assertField(NewGoods input, String field) {
    assertThatThrownBy(() -> inventory.add(input))
        .isInstanceOfSatisfying(HavenException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
