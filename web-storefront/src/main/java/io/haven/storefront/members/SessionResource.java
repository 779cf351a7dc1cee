package io.haven.storefront.members;

import io.haven.members.boundary.MemberView;
import io.haven.members.boundary.Members;
import io.haven.storefront.tenancy.CurrentStorefront;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Hosted sign-in (phone + password) and sign-out of the current product. */
@Path("{appId}/api/session")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SessionResource {

  /** What the sign-in form sends. */
  public record Credentials(String phone, String password) {}

  @Inject Members members;
  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public MemberProfile signIn(@NotNull Credentials credentials) {
    // The connection's own address, not a forwarded header anyone could set: sign-ins are
    // throttled per phone and per address (a 429 with Retry-After when they must wait).
    MemberView member =
        members.signIn(storefront.product(), credentials.phone(), credentials.password(), request.getRemoteAddr());
    session.signIn(member);
    return MemberProfile.of(member);
  }

  @DELETE
  public Response signOut() {
    session.signOut();
    return Response.noContent().build();
  }
}
