package io.haven.storefront.coupons;

import io.haven.coupons.boundary.Claims;
import io.haven.coupons.boundary.CouponView;
import io.haven.coupons.boundary.Coupons;
import io.haven.coupons.boundary.IssuedCouponView;
import io.haven.mall.control.QrCodes;
import io.haven.storefront.members.MemberSession;
import io.haven.storefront.tenancy.CurrentStorefront;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Coupons' JSON for the storefront's script: a promotion page's coupon (no member needed), the
 * claim (signed in, 401 otherwise; the member is the one signed in, never an id from the client)
 * and the member's coupons with the code as text and as a QR code for the counter. Refusals are
 * the domain's exceptions, answered as problem+json by the storefront's mapper (all claimed, the
 * limits, busy, unavailable to OWN_LOGIN enterprises).
 */
@Path("{appId}/api/coupons")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CouponsResource {

  /** What the claim button sends: the browser's device id (per-device limits). */
  public record ClaimRequest(String deviceId) {}

  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Inject Coupons coupons;
  @Inject Claims claims;
  @Context UriInfo uri;

  /** The coupon of a promotion page: what it gives, its validity and limits, whether any is left. */
  @GET
  @Path("{couponId}")
  public Promotion promotion(@PathParam("couponId") long couponId) {
    return Promotion.of(coupons.promotion(productId(), couponId));
  }

  /** Claims one for the signed-in member: 201 with the coupon, Location its QR-bearing entry. */
  @POST
  @Path("{couponId}/claims")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response claim(@PathParam("couponId") long couponId, ClaimRequest request) {
    long memberId = session.requireMemberId();
    IssuedCouponView issued = claims.claim(productId(), couponId, memberId, request == null ? null : request.deviceId());
    return Response.created(uri.getBaseUriBuilder().path(storefront.appId()).path("api/coupons/mine").path(String.valueOf(issued.id())).build())
        .entity(MyCoupon.of(issued))
        .build();
  }

  /** The signed-in member's coupons, newest first (at most 200): valid, used and expired. */
  @GET
  @Path("mine")
  public List<MyCoupon> mine() {
    return claims.mine(productId(), session.requireMemberId(), 200).stream().map(MyCoupon::of).toList();
  }

  @GET
  @Path("mine/{issuedId}")
  public MyCoupon one(@PathParam("issuedId") long issuedId) {
    return MyCoupon.of(claims.one(productId(), session.requireMemberId(), issuedId));
  }

  /** The code as a QR code for the counter's scanner; private, since it is the member's coupon. */
  @GET
  @Path("mine/{issuedId}/qr.png")
  @Produces("image/png")
  public Response qr(@PathParam("issuedId") long issuedId) {
    IssuedCouponView issued = claims.one(productId(), session.requireMemberId(), issuedId);
    return Response.ok(QrCodes.png(issued.code(), QrCodes.DEFAULT_PIXELS), "image/png")
        .header("Cache-Control", "private, no-store")
        .header("Content-Disposition", "inline; filename=\"coupon.png\"")
        .build();
  }

  private long productId() {
    return storefront.product().productId();
  }

  /** A coupon as its promotion page shows it; stock as "any left", not the operator's numbers. */
  public record Promotion(
      long id, String name, String type, Long thresholdFen, Long amountFen, Integer discountPercent, String instructions, boolean available,
      int perMemberLimit, int perDeviceLimit, String validFrom, String validUntil, Integer validDays) {

    static Promotion of(CouponView c) {
      return new Promotion(c.id(), c.name(), c.type().name(), c.thresholdFen(), c.amountFen(), c.discountPercent(), c.instructions(),
          c.remaining() > 0, c.perMemberLimit(), c.perDeviceLimit(), text(c.validFrom()), text(c.validUntil()), c.validDays());
    }
  }

  /** One of the member's coupons: its state (VALID, USED, EXPIRED) and the code to show. */
  public record MyCoupon(
      long id, long couponId, String name, String type, Long thresholdFen, Long amountFen, Integer discountPercent, String instructions,
      String code, String state, String validFrom, String validUntil, String claimedAt, String verifiedAt) {

    static MyCoupon of(IssuedCouponView i) {
      return new MyCoupon(i.id(), i.couponId(), i.name(), i.type().name(), i.thresholdFen(), i.amountFen(), i.discountPercent(), i.instructions(),
          i.code(), i.state(), text(i.validFrom()), text(i.validUntil()), text(i.claimedAt()), text(i.verifiedAt()));
    }
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
