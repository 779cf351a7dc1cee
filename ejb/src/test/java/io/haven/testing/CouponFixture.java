package io.haven.testing;

import io.haven.coupons.boundary.CouponDraft;
import io.haven.coupons.boundary.CouponView;
import io.haven.coupons.boundary.Coupons;
import io.haven.coupons.boundary.StoreView;
import io.haven.coupons.boundary.Stores;
import io.haven.coupons.boundary.VerifierView;
import io.haven.coupons.boundary.Verifiers;
import io.haven.coupons.entity.ClaimMethod;
import io.haven.coupons.entity.CouponType;
import io.haven.coupons.entity.StoreScope;
import io.haven.tenancy.boundary.StorefrontProduct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Stores, verifiers and coupons through the real coupon boundaries, in the current tenant. */
@RequestScoped
public class CouponFixture {

  @Inject Stores stores;
  @Inject Verifiers verifiers;
  @Inject Coupons coupons;

  public StoreView store(String name) {
    return stores.add(name + " " + UUID.randomUUID().toString().substring(0, 6), "1 Test Road", "021-5555 0000", png());
  }

  /** A verifier of the store; its username is the actor to verify as. */
  public VerifierView verifier(StoreView store) {
    return verifiers.add(store.id(), "ver-" + UUID.randomUUID().toString().substring(0, 8), "Verifier", Tenants.PASSWORD);
  }

  /** A promotion-page coupon valid now for 30 days from the claim. */
  public static CouponDraft promotion(String name, long stock, int perMember, int perDevice, StoreScope scope, List<Long> storeIds) {
    return new CouponDraft(name, CouponType.AMOUNT_OFF, 3000L, 500L, null, null, stock, scope, storeIds, ClaimMethod.PROMOTION_PAGE,
        perMember, perDevice, null, null, 30);
  }

  public CouponView coupon(StorefrontProduct store, CouponDraft draft) {
    return coupons.create(store.productId(), draft);
  }

  public static CouponDraft fixedPeriod(String name, Instant from, Instant until) {
    return new CouponDraft(name, CouponType.DISCOUNT, null, null, 80, null, 10, StoreScope.ALL, List.of(), ClaimMethod.PROMOTION_PAGE,
        -1, -1, from, until, null);
  }

  public static Instant in(Duration d) {
    return Instant.now().plus(d);
  }

  /** A small valid PNG. */
  public static byte[] png() {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
