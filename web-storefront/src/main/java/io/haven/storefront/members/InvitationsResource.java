package io.haven.storefront.members;

import io.haven.mall.control.QrCodes;
import io.haven.storefront.tenancy.CurrentStorefront;
import io.haven.tasks.boundary.InvitationView;
import io.haven.tasks.boundary.Invitations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in member's invitations (issue 17, "邀请好友"): their invitation link, the link as a
 * QR code to share, and the invitations they made with the points each earned. The link names the
 * member by id within this storefront; a sign-up through it in another storefront finds no such
 * member there and credits nobody.
 */
@Path("{appId}/api/me/invitations")
@RequestScoped
public class InvitationsResource {

  /** One invitation as the inviter sees it: the friend's nickname, when, and the points earned. */
  public record Invited(String nickname, Instant invitedAt, int points) {
    static Invited of(InvitationView view) {
      return new Invited(view.inviteeNickname(), view.invitedAt(), view.points());
    }
  }

  /** The invitation page's data. */
  public record MyInvitations(String link, int count, int pointsEarned, List<Invited> invitations) {}

  @Inject Invitations invitations;
  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public MyInvitations mine() {
    return of(invitations, link(uri, storefront.appId(), session.requireMemberId()),
        storefront.product().productId(), session.requireMemberId());
  }

  /** The invitation link as a QR code; private, since it names the member. */
  @GET
  @Path("qr.png")
  @Produces("image/png")
  public Response qr() {
    String link = link(uri, storefront.appId(), session.requireMemberId());
    return Response.ok(QrCodes.png(link, QrCodes.DEFAULT_PIXELS), "image/png")
        .header("Cache-Control", "private, max-age=3600")
        .header("Content-Disposition", "inline; filename=\"invitation.png\"")
        .build();
  }

  static MyInvitations of(Invitations invitations, String link, long productId, long memberId) {
    List<InvitationView> made = invitations.madeBy(productId, memberId);
    return new MyInvitations(
        link, made.size(), made.stream().mapToInt(InvitationView::points).sum(), made.stream().map(Invited::of).toList());
  }

  /** The absolute sign-up link of this storefront carrying the inviter, as people will open it. */
  static String link(UriInfo uri, String appId, long memberId) {
    return uri.getBaseUriBuilder().path(appId).path("sign-up").queryParam("inviter", memberId).build().toString();
  }
}
