package io.haven.storefront.coupons;

import io.haven.coupons.boundary.Claims;
import io.haven.coupons.boundary.Coupons;
import io.haven.storefront.mall.MallPages;
import io.haven.storefront.members.MemberProfile;
import io.haven.storefront.members.MemberSession;
import io.haven.storefront.tenancy.CurrentStorefront;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/**
 * The coupon pages, rendered like the mall's ({@link MallPages}): a coupon's promotion page (what
 * it gives, validity, limits; guests are asked to sign in before claiming) and the member's coupons
 * (sign in first). Another product's or tenant's coupon is not found.
 */
@Path("{appId}/coupons")
@Produces("text/html;charset=UTF-8")
@RequestScoped
public class CouponPagesResource {

  @Inject MallPages pages;
  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Inject Coupons coupons;
  @Inject Claims claims;

  @GET
  @Path("mine")
  public Response mine() {
    Optional<MemberProfile> member = pages.member();
    if (member.isEmpty()) {
      return pages.signInFirst("coupons/mine");
    }
    long productId = storefront.product().productId();
    return pages.render("my-coupons", member, Map.of(),
        Map.of("coupons", claims.mine(productId, session.requireMemberId(), 200).stream().map(CouponsResource.MyCoupon::of).toList()));
  }

  @GET
  @Path("{couponId:[0-9]{1,18}}")
  public Response promotion(@PathParam("couponId") long couponId) {
    long productId = storefront.product().productId();
    CouponsResource.Promotion coupon = CouponsResource.Promotion.of(coupons.promotion(productId, couponId));
    return pages.render("coupon", pages.member(), Map.of("title", coupon.name(), "couponId", String.valueOf(couponId)), Map.of("coupon", coupon));
  }
}
