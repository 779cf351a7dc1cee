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
import jakarta.ws.rs.core.MediaType;

/**
 * OWN_LOGIN (T4): the enterprise's app opens the storefront with its member token; the page posts
 * it here and the platform asks the enterprise's callback whether it is valid. The member (created
 * on first sight, known by the enterprise's member id) is then signed in.
 */
@Path("{appId}/api/own-login")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OwnLoginResource {

  /** The token exactly as the enterprise's app put it in the link. */
  public record EnterpriseToken(String token) {}

  @Inject Members members;
  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public MemberProfile signIn(@NotNull EnterpriseToken token) {
    MemberView member = members.signInWithEnterpriseToken(storefront.product(), token.token());
    session.signIn(member);
    return MemberProfile.of(member);
  }
}
