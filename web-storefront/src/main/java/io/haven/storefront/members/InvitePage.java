package io.haven.storefront.members;

import io.haven.common.NotFound;
import io.haven.members.boundary.Members;
import io.haven.storefront.common.FailureAnswers;
import io.haven.storefront.common.PageShell;
import io.haven.storefront.common.SeeOther;
import io.haven.storefront.tenancy.CurrentStorefront;
import io.haven.tasks.boundary.Invitations;
import io.haven.tenancy.boundary.StorefrontProduct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * "邀请好友" (issue 17): the member's invitation link, its QR code and the invitations made with the
 * points earned, drawn from one request like every storefront page. Members only: a guest is sent
 * to sign in and brought back.
 */
@Path("{appId}/invite")
@Produces("text/html;charset=UTF-8")
@RequestScoped
public class InvitePage {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Inject Members members;
  @Inject Invitations invitations;
  @Inject PageShell shell;
  @Inject ServletContext servlet;
  @Context UriInfo uri;

  @GET
  public Response page() {
    StorefrontProduct product = storefront.product();
    String home = servlet.getContextPath() + "/" + product.appId() + "/";
    MemberProfile member;
    try {
      member = session.memberId().map(id -> MemberProfile.of(members.profile(product.productId(), id))).orElse(null);
    } catch (NotFound gone) {
      session.signOut();
      member = null;
    }
    if (member == null) {
      return SeeOther.to(home + "sign-in?next=invite");
    }
    long memberId = session.requireMemberId();
    String link = InvitationsResource.link(uri, product.appId(), memberId);
    Map<String, String> values = new HashMap<>();
    values.put("appId", product.appId());
    values.put("home", home);
    values.put("productName", product.productName());
    values.put("login", "member");
    values.put("member", "member");
    values.put("nickname", member.nickname());
    values.put("link", link);
    String boot =
        Json.createObjectBuilder()
            .add("name", "invite")
            .add("appId", product.appId())
            .add("home", home)
            .add("api", home + "api/")
            .build()
            .toString();
    String mine = JSON.toJson(InvitationsResource.of(invitations, link, product.productId(), memberId));
    boot = boot.substring(0, boot.length() - 1) + ",\"invitations\":" + mine + "}";
    return Response.ok(shell.render("invite", values, boot), FailureAnswers.HTML).build();
  }
}
