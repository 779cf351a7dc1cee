package io.haven.coupons.boundary;

import io.haven.common.TenantContext;
import io.haven.coupons.entity.ClaimMethod;
import io.haven.coupons.entity.CouponImageKind;
import io.haven.coupons.entity.CouponType;
import io.haven.coupons.entity.StoreScope;
import io.haven.mall.boundary.DemoPointsMall;
import io.haven.members.boundary.MemberDirectory;
import io.haven.tenancy.boundary.DemoApp;
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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With the demo seeded: the Demo Coffee enterprise gets two stores, a verifier at the first
 * ({@value #VERIFIER}, the demo password), one coupon of each type (two on the promotion page,
 * one for the points mall), and the demo member Lin holding two of them, one already verified at
 * the counter — so the console's settlement records and the member's "my coupons" have something
 * to show. Through the real boundaries; idempotent (a store of the demo name already there means
 * the seed ran).
 */
@Singleton
@Startup
@DependsOn("DemoPointsMall")
public class DemoCoupons {

  public static final String VERIFIER = "demo-verifier";
  public static final String PEOPLE_SQUARE = "人民广场店 People's Square";
  public static final String JINGAN = "静安寺店 Jing'an Temple";
  public static final String LATTE = "免费拿铁 Free latte";
  public static final String FIVE_OFF = "满30减5 ¥5 off ¥30";
  public static final String EIGHTY = "八折券 20% off";

  private static final Logger LOG = Logger.getLogger(DemoCoupons.class.getName());

  @Inject DemoApp demo;
  @Inject TenantContext tenant;
  @Inject Stores stores;
  @Inject Verifiers verifiers;
  @Inject Coupons coupons;
  @Inject Claims claims;
  @Inject Verifications verifications;
  @Inject MemberDirectory members;

  @Inject
  @ConfigProperty(name = "haven.demo.password", defaultValue = "Haven-Demo-2026")
  String password;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void seed() {
    demo.seed(
        productId -> {
          if (stores.list(PEOPLE_SQUARE, 0, 1).total() > 0 || coupons.unavailableReason() != null) {
            return;
          }
          StoreView square = stores.add(PEOPLE_SQUARE, "上海市黄浦区人民大道 1 号 1 People's Ave, Shanghai", "021-5555 0101", picture(0x8d6e63));
          StoreView jingan = stores.add(JINGAN, "上海市静安区南京西路 1686 号 1686 W Nanjing Rd, Shanghai", "021-5555 0202", picture(0x5d4037));
          verifiers.add(square.id(), VERIFIER, "人民广场核销员 Square verifier", password);
          Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
          CouponView latte = coupons.create(productId, new CouponDraft(LATTE, CouponType.EXCHANGE, null, null, null,
              "到店出示券码，换一杯中杯拿铁。Show the code at the counter for a medium latte.", 200, StoreScope.ALL, List.of(),
              ClaimMethod.PROMOTION_PAGE, 1, 2, null, null, 30));
          CouponView fiveOff = coupons.create(productId, new CouponDraft(FIVE_OFF, CouponType.AMOUNT_OFF, 3000L, 500L, null,
              "满 30 元可用。From ¥30.", 500, StoreScope.CHOSEN, List.of(square.id()), ClaimMethod.PROMOTION_PAGE, 2, -1,
              now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(60)), null));
          coupons.create(productId, new CouponDraft(EIGHTY, CouponType.DISCOUNT, null, null, 80,
              "全单八折。20% off the whole order.", 100, StoreScope.CHOSEN, List.of(jingan.id()), ClaimMethod.MALL_EXCHANGE, 1, -1,
              null, null, 14));
          coupons.uploadImage(latte.id(), CouponImageKind.COVER, picture(0xc8a27a));
          coupons.uploadImage(fiveOff.id(), CouponImageKind.COVER, picture(0xd84315));
          members.search(productId, DemoPointsMall.MEMBER_PHONE, 0, 1).items().stream().findFirst().ifPresent(lin -> {
            IssuedCouponView used = claims.claim(productId, latte.id(), lin.id(), "demo-phone");
            claims.claim(productId, fiveOff.id(), lin.id(), "demo-phone");
            tenant.enterTenant(tenant.tenantId(), VERIFIER); // the verifier at the counter
            verifications.verify(used.code());
          });
          LOG.info("Seeded the demo stores, verifier and coupons");
        });
  }

  /** A store or cover picture of one colour with a lighter band, 320×180 PNG. */
  static byte[] picture(int rgb) {
    BufferedImage image = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
    int light = ((rgb >> 1) & 0x7f7f7f) + 0x808080;
    for (int y = 0; y < 180; y++) {
      for (int x = 0; x < 320; x++) {
        image.setRGB(x, y, y > 60 && y < 120 ? light : rgb);
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
