package io.haven.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.inventory.boundary.Allocations;
import io.haven.inventory.boundary.CdkPools;
import io.haven.inventory.boundary.CdkUploads;
import io.haven.inventory.boundary.InventoryBusy;
import io.haven.inventory.boundary.InventoryRuleBroken;
import io.haven.inventory.boundary.OutOfStock;
import io.haven.inventory.boundary.SubInventoryView;
import io.haven.inventory.boundary.TotalInventory;
import io.haven.inventory.entity.CdkCode;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.testing.DomainDeployment;
import io.haven.testing.InventoryFixture;
import io.haven.testing.Racer;
import io.haven.testing.StockMoves;
import io.haven.testing.Tenants;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** R5 CDK: TXT uploads all or nothing, duplicates refused, codes handed out once each. */
@ExtendWith(ArquillianExtension.class)
class CdkUploadsIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("cdk-uploads");
  }

  @Inject Tenants tenants;
  @Inject InventoryFixture fixture;
  @Inject TotalInventory inventory;
  @Inject CdkUploads uploads;
  @Inject CdkPools pools;
  @Inject Allocations allocations;
  @Inject StockMoves moves;
  @Inject Instance<StockMoves> racingMoves;
  @Inject Racer racer;

  @Resource(lookup = "java:jboss/datasources/HavenDS")
  DataSource dataSource;

  @Test
  void uploadsAHundredThousandCodesAsStock() throws Exception {
    long tenant = tenants.open("Big Pool Co");
    tenants.actAs(tenant);
    var goods = fixture.goods("Game key", GoodsCategory.CDK, 0);
    StringBuilder file = new StringBuilder("\uFEFF");
    for (int i = 0; i < 100_000; i++) {
      file.append("  KEY-").append(tenant).append('-').append(i).append(i % 1000 == 0 ? "\r\n\n" : "\n");
    }
    var result = uploads.upload(goods.id(), file.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(result.added()).isEqualTo(100_000);
    assertThat(result.unusedInPool()).isEqualTo(100_000);
    assertThat(inventory.get(goods.id()).stockTotal()).isEqualTo(100_000);
    assertThat(inventory.get(goods.id()).unallocated()).isEqualTo(100_000);
    assertThat(codesInDatabase(tenant)).isEqualTo(100_000);
  }

  @Test
  void duplicatesInTheFileOrThePoolRefuseTheWholeUpload() throws Exception {
    long tenant = tenants.open("Dup Co");
    tenants.actAs(tenant);
    var goods = fixture.goods("Voucher key", GoodsCategory.CDK, 0);
    var other = fixture.goods("Other key", GoodsCategory.CDK, 0);
    uploads.upload(goods.id(), text("A1\nA2\nA3\n"));

    assertThatThrownBy(() -> uploads.upload(goods.id(), text("B1\nB2\nB1\nB3\nB2\n")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> {
          assertThat(e.field()).isEqualTo("file");
          assertThat(e.code()).isEqualTo("inventory.cdk.duplicateInFile");
          assertThat(e.getMessage()).contains("B1, B2");
        });
    // Against the pool of any goods of the tenant.
    assertThatThrownBy(() -> uploads.upload(other.id(), text("C1\nA2\nC2\nA3\n")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> {
          assertThat(e.code()).isEqualTo("inventory.cdk.duplicateInPool");
          assertThat(e.getMessage()).contains("A2, A3");
        });
    assertThat(codesInDatabase(tenant)).isEqualTo(3);
    assertThat(inventory.get(other.id()).stockTotal()).isZero();
    assertThat(inventory.get(goods.id()).stockTotal()).isEqualTo(3);

    // Another tenant may have the same codes.
    long second = tenants.open("Dup Two Co");
    tenants.actAs(second);
    var theirs = fixture.goods("Their key", GoodsCategory.CDK, 0);
    assertThat(uploads.upload(theirs.id(), text("A1\nA2\n")).added()).isEqualTo(2);
  }

  @Test
  void emptyBinaryAndMalformedFilesAreRefused() throws Exception {
    long tenant = tenants.open("Binary Co");
    tenants.actAs(tenant);
    var goods = fixture.goods("Key", GoodsCategory.CDK, 0);
    var physical = fixture.goods("Mug", GoodsCategory.PHYSICAL, 1);
    assertRefused(goods.id(), new byte[0], "inventory.cdk.empty");
    assertRefused(goods.id(), text("\n  \n\r\n"), "inventory.cdk.empty");
    assertRefused(goods.id(), InventoryFixture.image("png", 20, 20), "inventory.cdk.notText");
    assertRefused(goods.id(), new byte[] {'A', 'B', 0, 'C', '\n'}, "inventory.cdk.notText");
    assertRefused(goods.id(), new byte[] {'A', (byte) 0xC3, (byte) 0x28, '\n'}, "inventory.cdk.notText");
    assertRefused(goods.id(), text("OK1\n" + "X".repeat(129) + "\n"), "inventory.cdk.tooLong");
    assertRefused(goods.id(), text("has space\n"), "inventory.cdk.badCharacter");
    assertThatThrownBy(() -> uploads.upload(physical.id(), text("P1\n")))
        .isInstanceOfSatisfying(InventoryRuleBroken.class, e -> assertThat(e.code()).isEqualTo("inventory.cdk.notCdk"));
    assertThat(codesInDatabase(tenant)).isZero();
    assertThatThrownBy(() -> inventory.addStock(goods.id(), 5))
        .isInstanceOfSatisfying(InventoryRuleBroken.class, e -> assertThat(e.code()).isEqualTo("inventory.cdk.stockFromCodes"));
  }

  /** Twelve awards race for a pool of ten codes in two sub-inventories: ten distinct codes, two refusals. */
  @Test
  void racingAwardsHandOutEachCodeOnce() throws Exception {
    long tenant = tenants.open("Award Race Co");
    tenants.actAs(tenant);
    var goods = fixture.goods("Race key", GoodsCategory.CDK, 0);
    StringBuilder file = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      file.append("R-").append(i).append('\n');
    }
    uploads.upload(goods.id(), text(file.toString()));
    SubInventoryView one = fixture.allocate(goods.id(), fixture.product("One").id(), 5);
    SubInventoryView two = fixture.allocate(goods.id(), fixture.product("Two").id(), 5);
    assertThatThrownBy(() -> fixture.allocate(goods.id(), fixture.product("Three").id(), 1))
        .isInstanceOf(InventoryRuleBroken.class);

    List<Object> outcomes =
        racer.race(12, tenant, i -> () -> racingMoves.get().handOut(i % 2 == 0 ? one.id() : two.id(), "order-" + i));
    Set<Object> codes = new HashSet<>();
    outcomes.stream().filter(o -> o instanceof String).forEach(codes::add);
    assertThat(codes).hasSize(10);
    assertThat(outcomes).filteredOn(o -> !(o instanceof String))
        .hasSize(2)
        .allSatisfy(o -> assertThat(o).isInstanceOf(OutOfStock.class));
    assertThat(moves.unusedCodes(one.id())).isZero();
    try (var c = dataSource.getConnection();
        var s = c.prepareStatement("select count(distinct code), count(*) from cdk_code where tenant_id = ? and handed_out_at is not null")) {
      s.setLong(1, tenant);
      try (var rs = s.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(10);
        assertThat(rs.getLong(2)).isEqualTo(10);
      }
    }
  }

  /** Issue 10: the console's pool view counts the codes and lists them masked, with the order each went to. */
  @Test
  void thePoolCountsAndListsItsCodesMaskedWithTheOrderEachWentTo() {
    tenants.actAs(tenants.open("Pool View Co"));
    var goods = fixture.goods("Pool key", GoodsCategory.CDK, 0);
    uploads.upload(goods.id(), text("POOL-0000-0001\nPOOL-0000-0002\nPOOL-0000-0003\n"));
    SubInventoryView sub = fixture.allocate(goods.id(), fixture.product("Pool App").id(), 2);
    String given = moves.handOut(sub.id(), "HV202612030001");

    CdkPools.PoolView view = pools.pool(goods.id(), false, 0, 10);
    assertThat(view.goodsName()).isEqualTo("Pool key");
    assertThat(List.of(view.total(), view.handedOut(), view.left())).containsExactly(3L, 1L, 2L);
    assertThat(view.codes().items()).hasSize(3).noneMatch(c -> c.maskedCode().startsWith("POOL"));
    assertThat(view.codes().items()).filteredOn(c -> c.handedOutTo() != null).singleElement()
        .satisfies(c -> {
          assertThat(c.handedOutTo()).isEqualTo("HV202612030001");
          assertThat(c.maskedCode()).isEqualTo(CdkCode.masked(given)).endsWith(given.substring(given.length() - 4));
          assertThat(c.handedOutAt()).isNotNull();
        });
    CdkPools.PoolView unused = pools.pool(goods.id(), true, 0, 10);
    assertThat(unused.codes().items()).hasSize(2).allMatch(c -> c.handedOutTo() == null);
    assertThat(unused.codes().total()).isEqualTo(2);

    var mug = fixture.goods("Not a key", GoodsCategory.PHYSICAL, 1);
    assertThatThrownBy(() -> pools.pool(mug.id(), false, 0, 10)).as("only CDK goods have a pool").isInstanceOf(NotFound.class);
    tenants.actAs(tenants.open("Pool Thief Co"));
    assertThatThrownBy(() -> pools.pool(goods.id(), false, 0, 10)).as("another enterprise's pool").isInstanceOf(NotFound.class);
  }

  /** The pool's own locking keeps codes unique even when callers skip the stock lock. */
  @Test
  void codesStayUniqueWithoutTheStockLock() throws Exception {
    long tenant = tenants.open("Unlocked Co");
    tenants.actAs(tenant);
    var goods = fixture.goods("Free key", GoodsCategory.CDK, 0);
    uploads.upload(goods.id(), text("U1\nU2\nU3\nU4\nU5\nU6\n"));
    SubInventoryView sub = fixture.allocate(goods.id(), fixture.product("Unlocked").id(), 6);
    List<Object> outcomes = racer.race(8, tenant, i -> () -> racingMoves.get().handOutUnlocked(sub.id(), "u-" + i));
    assertThat(outcomes.stream().filter(o -> o instanceof String).distinct().count()).isEqualTo(6);
    assertThat(outcomes.stream().filter(o -> o instanceof String).count()).isEqualTo(6);
    // the two left over are told the pool is empty (or busy under its lock): a domain answer,
    // never a unique-key or optimistic-lock failure of the code row
    assertThat(outcomes).filteredOn(o -> !(o instanceof String))
        .hasSize(2)
        .allSatisfy(o -> assertThat(o).isInstanceOfAny(OutOfStock.class, InventoryBusy.class));
    assertThat(moves.unusedCodes(sub.id())).isZero();
  }

  @Test
  void anotherTenantsGoodsCannotTakeCodes() {
    long a = tenants.open("Code Owner");
    long b = tenants.open("Code Thief");
    var goods = tenants.as(a, () -> fixture.goods("Owned key", GoodsCategory.CDK, 0));
    tenants.actAs(b);
    assertThatThrownBy(() -> uploads.upload(goods.id(), text("T1\n"))).isInstanceOf(NotFound.class);
  }

  private void assertRefused(long goodsId, byte[] file, String code) {
    assertThatThrownBy(() -> uploads.upload(goodsId, file))
        .isInstanceOfSatisfying(InvalidInput.class, e -> {
          assertThat(e.field()).isEqualTo("file");
          assertThat(e.code()).isEqualTo(code);
        });
  }

  private long codesInDatabase(long tenant) throws Exception {
    try (var c = dataSource.getConnection(); var s = c.prepareStatement("select count(*) from cdk_code where tenant_id = ?")) {
      s.setLong(1, tenant);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
