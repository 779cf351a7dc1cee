package io.haven.storefront.members;

import io.haven.members.boundary.MemberView;
import io.haven.members.boundary.Members;
import io.haven.storefront.tenancy.CurrentStorefront;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Hosted sign-up: a new member of the current product, signed in at once. */
@Path("{appId}/api/members")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MembersResource {

  /**
   * What the sign-up form sends; the nickname may be left out, and {@code inviter} is the member
   * id from an invitation link ("邀请好友"), when the person came through one.
   */
  public record SignUp(String phone, String password, String nickname, Long inviter) {}

  @Inject Members members;
  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response signUp(@NotNull SignUp form) {
    MemberView member = members.signUp(storefront.product(), form.phone(), form.password(), form.nickname(), form.inviter());
    session.signIn(member);
    return Response.created(uri.getBaseUriBuilder().path(storefront.appId()).path("api/me").build())
        .entity(MemberProfile.of(member))
        .build();
  }
}
