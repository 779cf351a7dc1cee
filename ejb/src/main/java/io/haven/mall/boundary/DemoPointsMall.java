package io.haven.mall.boundary;

import io.haven.inventory.boundary.AllocationRequest;
import io.haven.inventory.boundary.Allocations;
import io.haven.inventory.boundary.CdkUploads;
import io.haven.inventory.boundary.GoodsView;
import io.haven.inventory.boundary.NewGoods;
import io.haven.inventory.boundary.TotalInventory;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.GoodsDetails;
import io.haven.inventory.entity.GoodsPurpose;
import io.haven.inventory.entity.GoodsSource;
import io.haven.inventory.entity.LimitPeriod;
import io.haven.inventory.entity.PointsType;
import io.haven.mall.entity.ExchangeMethod;
import io.haven.mall.entity.SaleRule;
import io.haven.members.boundary.MemberDirectory;
import io.haven.members.boundary.MemberView;
import io.haven.members.boundary.Members;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.entity.PointsSource;
import io.haven.tenancy.boundary.DemoApp;
import io.haven.tenancy.boundary.DemoEnterprise;
import io.haven.tenancy.boundary.ProductDirectory;
import io.haven.tenancy.boundary.StorefrontProduct;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With the demo seeded (issue 10): the Demo Coffee App's points mall is full on first sight. Goods
 * of every points-mall category (physical, coupon, points, CDK with uploaded codes, cash red
 * packet) are added to the total inventory, allocated and online, listed in the default group and
 * a custom one ("周边 Merch") and on sale — one POINTS_PLUS_CASH, one flash sale running now. Three
 * hosted members (the first is the README's storefront login) get welcome points and redemptions
 * in every status: completed awards of each virtual category, a physical redemption awaiting its
 * address, one awaiting shipment, one shipped, one cancelled (its payment refused) and one pending
 * payment (released by the payment time-out like any other, {@code haven.mall.payment-timeout-minutes}).
 *
 * <p>Everything goes through the real boundaries, each call its own transaction, as the demo
 * enterprise. Idempotent: a product that has listings gets no goods, and a demo member who exists
 * gets no points or redemptions.
 */
@Singleton
@Startup
@DependsOn("DemoEnterprise")
public class DemoPointsMall {

  /** The storefront login the README names; the password is the demo password. */
  public static final String MEMBER_PHONE = "13800000001";

  public static final String MERCH_GROUP = "周边 Merch";
  public static final String LATTE = "拿铁兑换券 Latte voucher";
  public static final String VIDEO_CDK = "视频月卡 CDK Video pass";
  public static final String DOUBLE_POINTS = "限时秒杀：积分礼包 Flash sale: bonus points";
  public static final String RED_PACKET = "开业红包 Opening red packet";
  public static final String MUG = "品牌马克杯 Logo mug";
  public static final String TOTE = "帆布袋 Canvas tote";

  static final List<String> OTHER_MEMBERS = List.of("13800000002", "13800000003");

  private static final Logger LOG = Logger.getLogger(DemoPointsMall.class.getName());

  @Inject DemoApp demo;
  @Inject ProductDirectory directory;
  @Inject TotalInventory inventory;
  @Inject CdkUploads cdkUploads;
  @Inject Allocations allocations;
  @Inject ListingGroups groups;
  @Inject Listings listings;
  @Inject Members members;
  @Inject MemberDirectory memberDirectory;
  @Inject PointsLedger ledger;
  @Inject Redemptions redemptions;
  @Inject RedemptionRecords records;
  @Inject SandboxPayments payments;

  @Inject
  @ConfigProperty(name = "haven.demo.password", defaultValue = "Haven-Demo-2026")
  String password;

  /** Not in one transaction: each boundary call is its own, inside the demo enterprise's tenant. */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void seed() {
    demo.seed(
        productId -> {
          if (listings.list(new ListingFilter(productId, null, null, null), 0, 1).total() == 0) {
            seedGoods(productId);
            LOG.info("Seeded the demo points mall");
          }
          if (memberDirectory.search(productId, MEMBER_PHONE, 0, 1).total() == 0) {
            directory.byAppId(DemoEnterprise.APP_ID).ifPresent(app -> seedMembers(app));
            LOG.info("Seeded the demo members and their redemptions");
          }
        });
  }

  private void seedGoods(long productId) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    AllocationRequest terms = AllocationRequest.unlimited(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
    long merch = groups.add(productId, MERCH_GROUP, 10).id();

    long latte = allocate(productId, goods(GoodsCategory.COUPON, LATTE, 2800, 500, 0xb07d4f), 300, terms.withLink("https://coupons.example.com/latte"));
    list(productId, latte, draft(LATTE, null, ExchangeMethod.PURE_POINTS, 120, 0, 2800L, "到店出示券码，兑换中杯拿铁一杯。 Show the voucher in store for a medium latte."));

    GoodsView video = goods(GoodsCategory.CDK, VIDEO_CDK, 2500, 0, 0x2f6fdf);
    cdkUploads.upload(video.id(), codes(40));
    long videoSub = allocate(productId, video, 30, terms.withLink("https://video.example.com/redeem"));
    list(productId, videoSub, draft(VIDEO_CDK, null, ExchangeMethod.PURE_POINTS, 300, 0, 2500L, "兑换后在“我的兑换”查看激活码。 Your code appears in My redemptions."));

    long bonus = allocate(productId, goods(GoodsCategory.POINTS, DOUBLE_POINTS, 0, 1000, 0xf5b301), 500,
        terms.withPoints(200L, DemoEnterprise.APP_ID, PointsType.HOSTED).withLimits(1, LimitPeriod.DAY, -1, null, -1));
    ListingDraft flash = new ListingDraft(
        DOUBLE_POINTS, null, ExchangeMethod.PURE_POINTS, 100, 0, null, SaleRule.FLASH_SALE, now.minus(Duration.ofHours(1)),
        now.plus(Duration.ofDays(30)), "100 积分换 200 积分，每人每天一次。 100 points for 200, once a day.", null, null);
    list(productId, bonus, flash);

    long packet = allocate(productId, goods(GoodsCategory.CASH_RED_PACKET, RED_PACKET, 188, 200, 0xd93a2b), 100,
        terms.withRedPacket(188L, "Demo Coffee", "开业红包 Opening", "恭喜发财 Best wishes"));
    list(productId, packet, draft(RED_PACKET, null, ExchangeMethod.PURE_POINTS, 200, 0, null, "1.88 元微信现金红包。 A 1.88 yuan WeChat cash red packet."));

    // points offset cash at the product's rate (10 a yuan): 100 points leave 29.90 yuan to pay
    long mug = allocate(productId, goods(GoodsCategory.PHYSICAL, MUG, 5900, 100, 0x3b7a57), 60, terms);
    list(productId, mug, new ListingDraft(
        MUG, merch, ExchangeMethod.POINTS_PLUS_CASH, 100, 3990, 5900L, SaleRule.NONE, null, null,
        "积分加钱：100 积分抵 10 元，再付 29.90 元。 Points plus cash: 100 points take 10 yuan off 39.90.", 3,
        "陶瓷马克杯，350 毫升。 A 350 ml ceramic mug."));

    long tote = allocate(productId, goods(GoodsCategory.PHYSICAL, TOTE, 3900, 100, 0xe0c9a6), 80, terms);
    list(productId, tote, draft(TOTE, merch, ExchangeMethod.PURE_POINTS, 500, 0, 3900L, "纯棉帆布袋。 A cotton tote bag."));
  }

  private static ListingDraft draft(String name, Long groupId, ExchangeMethod method, long points, long cashFen, Long strikethrough, String intro) {
    return new ListingDraft(name, groupId, method, points, cashFen, strikethrough, SaleRule.NONE, null, null, intro, 3, null);
  }

  private GoodsView goods(GoodsCategory category, String name, long priceFen, long stock, int colour) {
    return inventory.add(new NewGoods(
        GoodsPurpose.POINTS_MALL, category,
        new GoodsDetails(name, GoodsSource.OWN, null, priceFen, null, "H5", List.of("demo"), "Seeded by the demo"), stock, cover(colour), null));
  }

  /** Allocated, so online (R6): the demo's goods are on sale as soon as they are listed. */
  private long allocate(long productId, GoodsView goods, long quantity, AllocationRequest terms) {
    return allocations.allocate(goods.id(), productId, quantity, terms).id();
  }

  private void list(long productId, long subInventoryId, ListingDraft draft) {
    listings.online(listings.add(productId, subInventoryId, draft).id());
  }

  private void seedMembers(StorefrontProduct app) {
    long productId = app.productId();
    MemberView lin = members.signUp(app, MEMBER_PHONE, password, "小林 Lin");
    ledger.credit(lin.id(), 5000, PointsSource.MANUAL, "demo-welcome-" + lin.id(), "Demo welcome points");
    for (String name : List.of(LATTE, VIDEO_CDK, DOUBLE_POINTS, RED_PACKET)) {
      listing(productId, name).ifPresent(l -> redemptions.redeem(productId, lin.id(), l, 1, null));
    }
    Optional<Long> tote = listing(productId, TOTE);
    Optional<Long> mug = listing(productId, MUG);
    // awaiting the address: the member's own to fill in on the storefront
    tote.ifPresent(l -> redemptions.redeem(productId, lin.id(), l, 1, null));
    // awaiting payment: the mug's cash part, on the sandbox pay page until the time-out
    mug.ifPresent(l -> redemptions.redeem(productId, lin.id(), l, 1, null));

    for (String phone : OTHER_MEMBERS) {
      MemberView other = members.signUp(app, phone, password, phone.endsWith("2") ? "小陈 Chen" : "小王 Wang");
      ledger.credit(other.id(), 2000, PointsSource.MANUAL, "demo-welcome-" + other.id(), "Demo welcome points");
      listing(productId, LATTE).ifPresent(l -> redemptions.redeem(productId, other.id(), l, 1, null));
      tote.ifPresent(l -> {
        RedemptionView r = redemptions.redeem(productId, other.id(), l, 1, null);
        r = redemptions.giveAddress(productId, other.id(), r.id(), new ShippingAddress(other.nickname(), phone, "上海市静安区南京西路 1 号 No. 1 Nanjing Rd W, Shanghai"));
        if (phone.endsWith("2")) {
          records.ship(r.id(), "顺丰 SF Express", "SF" + phone);
        }
      });
      // cancelled: the member left the pay page with "cancel", stock and points went back
      mug.ifPresent(l -> {
        RedemptionView r = redemptions.redeem(productId, other.id(), l, 1, null);
        if (r.payUrl() != null) {
          payments.cancel(r.payUrl().substring(r.payUrl().lastIndexOf('/') + 1));
        }
      });
    }
  }

  private Optional<Long> listing(long productId, String name) {
    return listings.list(new ListingFilter(productId, null, null, name), 0, 5).items().stream()
        .filter(l -> l.displayName().equals(name))
        .map(ListingView::id)
        .findFirst();
  }

  /** {@code count} demo codes, one per line, as an uploaded TXT file. */
  private static byte[] codes(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> String.format("DEMO-VIDEO-%04d", i))
        .collect(Collectors.joining("\n"))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A cover of one colour with a lighter centre, 240×240 PNG, drawn pixel by pixel (no display needed). */
  private static byte[] cover(int rgb) {
    BufferedImage image = new BufferedImage(240, 240, BufferedImage.TYPE_INT_RGB);
    int light = ((rgb >> 1) & 0x7f7f7f) + 0x808080;
    for (int y = 0; y < 240; y++) {
      for (int x = 0; x < 240; x++) {
        double dx = x - 119.5;
        double dy = y - 119.5;
        image.setRGB(x, y, dx * dx + dy * dy <= 70 * 70 ? light : rgb);
      }
    }
    try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
