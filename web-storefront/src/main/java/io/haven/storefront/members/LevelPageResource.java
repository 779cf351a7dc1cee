package io.haven.storefront.members;

import io.haven.storefront.common.SeeOther;
import io.haven.common.NotFound;
import io.haven.members.boundary.BadgeImage;
import io.haven.members.boundary.MemberLevels;
import io.haven.members.boundary.Members;
import io.haven.members.boundary.MemberView;
import io.haven.storefront.common.FailureAnswers;
import io.haven.storefront.common.PageShell;
import io.haven.storefront.tenancy.CurrentStorefront;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The member level page (V3): the badge, the level's name, the growth value and a progress bar to
 * the next level, rendered on the server like the other pages; and the badge images of the
 * product's levels. Badges are looked up within the URL's product (and so its tenant): another
 * product's level id is not found.
 */
@Path("{appId}/level")
@RequestScoped
public class LevelPageResource {

  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Inject Members members;
  @Inject MemberLevels levels;
  @Inject PageShell shell;
  @Inject ServletContext servlet;

  @GET
  @Produces("text/html;charset=UTF-8")
  public Response page() {
    Optional<Long> memberId = session.memberId();
    long productId = storefront.product().productId();
    if (memberId.isEmpty()) {
      return SeeOther.to(home() + "sign-in?next=level");
    }
    MemberView member;
    try {
      member = members.profile(productId, memberId.get());
    } catch (NotFound gone) {
      session.signOut();
      return SeeOther.to(home() + "sign-in?next=level");
    }
    MemberLevelStatus status = MemberLevelStatus.of(levels.standing(productId, member.id()), home());
    Map<String, String> values = new HashMap<>();
    values.put("home", home());
    values.put("productName", storefront.product().productName());
    values.put("nickname", member.nickname());
    values.put("growthValue", String.valueOf(status.growthValue()));
    values.put("levelName", status.level() == null ? "" : status.level().name());
    values.put("levelState", status.level() == null ? "none" : "some");
    // no level: a harmless image instead of an empty src (which would fetch this page again)
    values.put("badge", status.level() == null ? servlet.getContextPath() + "/assets/icon.svg" : status.level().badge());
    values.put("nextState", status.next() == null ? "top" : "more");
    values.put("nextName", status.next() == null ? "" : status.next().name());
    values.put("toNext", String.valueOf(status.toNext()));
    values.put("percent", String.valueOf(status.percent()));
    String boot =
        Json.createObjectBuilder()
            .add("name", "level")
            .add("appId", storefront.appId())
            .add("home", home())
            .add("api", home() + "api/")
            .build()
            .toString();
    return Response.ok(shell.render("level", values, boot), FailureAnswers.HTML).build();
  }

  @GET
  @Path("badges/{levelId}")
  public Response badge(@PathParam("levelId") String levelId) {
    long id;
    try {
      id = Long.parseLong(levelId);
    } catch (NumberFormatException e) {
      throw new NotFound("Level", levelId);
    }
    BadgeImage badge = levels.badge(storefront.product().productId(), id);
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(badge.bytes(), badge.mediaType()).cacheControl(cache).header("X-Content-Type-Options", "nosniff").build();
  }

  private String home() {
    return servlet.getContextPath() + "/" + storefront.appId() + "/";
  }
}
