package io.haven.storefront.mall;

import io.haven.mall.boundary.GoodsDetail;
import io.haven.mall.boundary.HotLists;
import io.haven.mall.boundary.Redemptions;
import io.haven.points.boundary.PointsLedger;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mall's pages: home (group tabs and the first group's goods), goods detail, one redemption
 * (its award, the address form of physical goods), my redemptions and my points. The mall and
 * the goods are open to guests; the member's own pages send a guest to sign in and back.
 */
@Path("{appId}/mall")
@Produces("text/html;charset=UTF-8")
@RequestScoped
public class MallPagesResource {

  @Inject MallPages pages;
  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Inject HotLists hotLists;
  @Inject Redemptions redemptions;
  @Inject PointsLedger ledger;

  @GET
  public Response home() {
    Optional<MemberProfile> member = pages.member();
    long productId = storefront.product().productId();
    List<MallGroup> groups = hotLists.groups(productId).stream().map(MallGroup::of).toList();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("groups", groups);
    if (!groups.isEmpty()) {
      data.put("firstPage", hotLists.goodsPageJson(productId, groups.get(0).id(), 0, MallResource.GOODS_PAGE_SIZE));
    }
    balance(member).ifPresent(b -> data.put("balance", b));
    return pages.render("mall", member, Map.of(), data);
  }

  @GET
  @Path("goods/{listingId}")
  public Response goods(@PathParam("listingId") long listingId) {
    Optional<MemberProfile> member = pages.member();
    GoodsDetail goods = hotLists.goodsDetail(storefront.product().productId(), listingId);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("goods", goods);
    balance(member).ifPresent(b -> data.put("balance", b));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("goodsName", goods.name());
    values.put("intro", goods.intro() == null ? "" : goods.intro());
    values.put("description", goods.description() == null ? "" : goods.description());
    values.put("instructions", goods.redemptionInstructions() == null ? "" : goods.redemptionInstructions());
    values.put("listingId", String.valueOf(goods.listingId()));
    return pages.render("mall-goods", member, values, data);
  }

  @GET
  @Path("redemptions")
  public Response myRedemptions() {
    Optional<MemberProfile> member = pages.member();
    if (member.isEmpty()) {
      return pages.signInFirst("mall/redemptions");
    }
    return pages.render("mall-redemptions", member, Map.of(), Map.of());
  }

  @GET
  @Path("redemptions/{redemptionId}")
  public Response redemption(@PathParam("redemptionId") long redemptionId) {
    Optional<MemberProfile> member = pages.member();
    if (member.isEmpty()) {
      return pages.signInFirst("mall/redemptions/" + redemptionId);
    }
    MyRedemption redemption =
        MyRedemption.of(redemptions.myRedemption(storefront.product().productId(), session.requireMemberId(), redemptionId));
    return pages.render("mall-redemption", member, Map.of("goodsName", redemption.listingName()), Map.of("redemption", redemption));
  }

  @GET
  @Path("points")
  public Response myPoints() {
    Optional<MemberProfile> member = pages.member();
    if (member.isEmpty()) {
      return pages.signInFirst("mall/points");
    }
    return pages.render("mall-points", member, Map.of(), Map.of("balance", ledger.balance(session.requireMemberId())));
  }

  private Optional<Long> balance(Optional<MemberProfile> member) {
    return member.isPresent() ? session.memberId().map(ledger::balance) : Optional.empty();
  }
}
