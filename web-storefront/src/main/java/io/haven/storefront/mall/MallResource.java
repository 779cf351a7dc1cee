package io.haven.storefront.mall;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.inventory.boundary.GoodsImages;
import io.haven.inventory.entity.GoodsImageKind;
import io.haven.mall.boundary.GoodsDetail;
import io.haven.mall.boundary.HotLists;
import io.haven.mall.boundary.ListingView;
import io.haven.mall.boundary.Listings;
import io.haven.mall.boundary.RedemptionView;
import io.haven.mall.boundary.Redemptions;
import io.haven.mall.control.HotPage;
import io.haven.mall.boundary.ShippingAddress;
import io.haven.points.boundary.PointsLedger;
import io.haven.storefront.members.MemberSession;
import io.haven.storefront.tenancy.CurrentStorefront;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/**
 * The points mall's JSON for the storefront's script (M3). Goods lists are the hot path: the page
 * is the pre-serialised JSON the mall keeps in its cache, written out as it is. Reading the mall
 * needs no member; redeeming and the member's own points and redemptions do (401 otherwise), and
 * the member is always the one signed in, never an id from the client.
 *
 * <p>Lists may be kept by browsers and proxies but are revalidated on every use ({@code public,
 * no-cache} with an entity tag): the server's cache is invalidated when a listing changes, so the
 * next request already shows it, and an unchanged page costs a {@code 304}. Goods images are, for a day, since they change rarely and are not the member's.
 */
@Path("{appId}/api/mall")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped // one instance: a request must not pay for building it and its seven references (the redemption's hot path)
public class MallResource {

  /** Goods cards per list page: a phone screen and a half. */
  public static final int GOODS_PAGE_SIZE = 10;
  /** Rows per page of the member's redemptions and points history. */
  public static final int LIST_PAGE_SIZE = 10;
  static final int MAX_PAGE = 10_000;
  static final String IMAGE_CACHE = "public, max-age=86400";

  /** What the redeem button sends: how many, and the browser's device id (per-device limits). */
  public record RedeemRequest(Integer quantity, String deviceId) {}

  /** The address form: recipient, phone, region (province/city/district) and the street detail. */
  public record AddressForm(String recipient, String phone, String region, String detail) {}

  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Inject HotLists hotLists;
  @Inject Listings listings;
  @Inject GoodsImages images;
  @Inject Redemptions redemptions;
  @Inject PointsLedger ledger;

  @GET
  @Path("groups")
  public List<MallGroup> groups() {
    return hotLists.groups(productId()).stream().map(MallGroup::of).toList();
  }

  /**
   * One page of a group's goods: the cached bytes themselves (or their gzip copy), no
   * re-serialisation. Usually {@link HotListHandler} answers before this runs; this is the path
   * that fills the cache, and it answers exactly as the handler does (tags, 304, headers).
   */
  @GET
  @Path("groups/{groupId}/goods")
  public Response goods(@PathParam("groupId") long groupId, @QueryParam("page") @DefaultValue("0") int page, @Context HttpHeaders headers,
      @Context HttpServletResponse servletResponse) {
    HotPage hot = hotLists.hotPage(productId(), groupId, page, GOODS_PAGE_SIZE);
    boolean gzip = HotListHandler.acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    String etag = gzip ? hot.gzipEtag() : hot.etag();
    servletResponse.setHeader(HttpHeaders.CACHE_CONTROL, HotListHandler.CACHE_CONTROL);
    servletResponse.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    if (hot.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).build();
    }
    Response.ResponseBuilder ok = Response.ok(gzip ? hot.gzip() : hot.json(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etag);
    return gzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").build() : ok.build();
  }

  @GET
  @Path("goods/{listingId}")
  public GoodsDetail detail(@PathParam("listingId") long listingId) {
    return hotLists.goodsDetail(productId(), listingId);
  }

  /**
   * The cover or detail image of a listing's goods. The listing is looked up in this storefront's
   * tenant and product: another tenant's or product's listing id is not found, like a missing one.
   */
  @GET
  @Path("goods/{listingId}/images/{kind}")
  @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  public Response image(@PathParam("listingId") long listingId, @PathParam("kind") String kind, @Context HttpHeaders headers,
      @Context HttpServletResponse servletResponse) {
    GoodsImageKind imageKind =
        switch (kind) {
          case "cover" -> GoodsImageKind.COVER;
          case "detail" -> GoodsImageKind.DETAIL;
          default -> throw new NotFound("Image", kind);
        };
    ListingView listing = listings.get(listingId);
    if (listing.productId() != productId()) {
      throw new NotFound("Listing", listingId);
    }
    GoodsImages.ImageData image = images.image(listing.goodsId(), imageKind);
    String etag = "\"" + listing.goodsId() + "-" + kind.toLowerCase(Locale.ROOT) + "-" + image.uploadedAt().toEpochMilli() + "\"";
    servletResponse.setHeader("Cache-Control", IMAGE_CACHE);
    String seen = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (etag.equals(seen)) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).build();
    }
    return Response.ok(image.bytes(), image.mediaType()).header(HttpHeaders.ETAG, etag).build();
  }

  /**
   * Redeems a listing for the signed-in member: 201 with the redemption and its award. The body is
   * checked here rather than by a {@code @NotNull}: a constrained parameter puts Bean Validation's
   * method interceptor in front of every call of the hottest request there is.
   */
  @POST
  @Path("listings/{listingId}/redemptions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response redeem(@PathParam("listingId") long listingId, RedeemRequest request, @Context UriInfo uri) {
    if (request == null) {
      throw new InvalidInput("body", "validation.NotNull", "must not be null");
    }
    long memberId = session.requireMemberId();
    int quantity = request.quantity() == null ? 0 : request.quantity();
    RedemptionView done = redemptions.redeem(productId(), memberId, listingId, quantity, request.deviceId());
    return Response.created(uri.getBaseUriBuilder().path(storefront.appId()).path("api/mall/redemptions").path(String.valueOf(done.id())).build())
        .entity(MyRedemption.of(done))
        .build();
  }

  @GET
  @Path("redemptions")
  public ListPage<MyRedemption> myRedemptions(@QueryParam("page") @DefaultValue("0") int page) {
    long memberId = session.requireMemberId();
    requirePage(page);
    Page<RedemptionView> found = redemptions.mine(productId(), memberId, page * LIST_PAGE_SIZE, LIST_PAGE_SIZE);
    return new ListPage<>(page, LIST_PAGE_SIZE, found.total(), found.items().stream().map(MyRedemption::of).toList());
  }

  @GET
  @Path("redemptions/{redemptionId}")
  public MyRedemption myRedemption(@PathParam("redemptionId") long redemptionId) {
    return MyRedemption.of(redemptions.myRedemption(productId(), session.requireMemberId(), redemptionId));
  }

  /**
   * The address of physical goods (given once, correctable until shipped). Region and detail are
   * two fields on the form and one address line for the operator who ships.
   */
  @PUT
  @Path("redemptions/{redemptionId}/address")
  @Consumes(MediaType.APPLICATION_JSON)
  public MyRedemption giveAddress(@PathParam("redemptionId") long redemptionId, @NotNull AddressForm form) {
    long memberId = session.requireMemberId();
    String region = form.region() == null ? "" : form.region().strip();
    String detail = form.detail() == null ? "" : form.detail().strip();
    if (region.isEmpty() || region.length() > 100) {
      throw new InvalidInput("region", "mall.address.region.invalid", "Region must be 1 to 100 characters");
    }
    if (detail.isEmpty() || region.length() + 1 + detail.length() > io.haven.mall.entity.Redemption.ADDRESS_MAX) {
      throw new InvalidInput("detail", "mall.address.detail.invalid", "Address detail is required and the address must be at most "
          + io.haven.mall.entity.Redemption.ADDRESS_MAX + " characters");
    }
    ShippingAddress address = new ShippingAddress(form.recipient(), form.phone(), region + " " + detail);
    return MyRedemption.of(redemptions.giveAddress(productId(), memberId, redemptionId, address));
  }

  /** The member's balance and one page of their points history. */
  @GET
  @Path("points")
  public PointsHistory points(@QueryParam("page") @DefaultValue("0") int page) {
    long memberId = session.requireMemberId();
    requirePage(page);
    long balance = ledger.balance(memberId);
    var found = ledger.history(memberId, page * LIST_PAGE_SIZE, LIST_PAGE_SIZE);
    return new PointsHistory(balance, page, LIST_PAGE_SIZE, found.total(), found.items().stream().map(PointsHistory.Entry::of).toList());
  }

  private long productId() {
    return storefront.product().productId();
  }

  static void requirePage(int page) {
    if (page < 0 || page > MAX_PAGE) {
      throw new InvalidInput("page", "mall.list.page.invalid", "Page must be 0 to " + MAX_PAGE);
    }
  }
}
