package io.haven.storefront.members;

import io.haven.members.boundary.MemberLevels;
import io.haven.storefront.tenancy.CurrentStorefront;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in member's growth value and level (V3) as JSON, for the level page's script. */
@Path("{appId}/api/level")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class LevelResource {

  @Inject MemberLevels levels;
  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Inject ServletContext servlet;

  @GET
  public MemberLevelStatus status() {
    long memberId = session.requireMemberId();
    return MemberLevelStatus.of(levels.standing(storefront.product().productId(), memberId), home());
  }

  private String home() {
    return servlet.getContextPath() + "/" + storefront.appId() + "/";
  }
}
