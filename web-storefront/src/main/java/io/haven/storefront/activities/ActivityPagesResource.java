package io.haven.storefront.activities;

import io.haven.activities.boundary.Activities;
import io.haven.activities.boundary.Plays;
import io.haven.storefront.mall.MallPages;
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
 * An activity's pages, rendered like the mall's ({@link MallPages}): the play page — the rules,
 * the exact odds and the fairness commitment, plays left today, the play itself in the activity's
 * presentation (scratch card, wheel, nine-grid, blind box, a game whose finish is the play) and the
 * member's plays with the address form of physical prizes — and the public fairness page, where
 * anyone recomputes every play of a member from the revealed seed in the browser. Guests see the
 * rules and are asked to sign in to play; drafts and other products' activities are not found.
 */
@Path("{appId}/activities")
@Produces("text/html;charset=UTF-8")
@RequestScoped
public class ActivityPagesResource {

  @Inject MallPages pages;
  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Inject Activities activities;
  @Inject Plays plays;

  /** The product's running activities (the home page's "activities" tile). */
  @GET
  public Response list() {
    long productId = storefront.product().productId();
    return pages.render("activities", pages.member(), Map.of(), Map.of("activities", activities.online(productId).stream()
        .map(a -> new Listed(a.id(), a.title(), a.type(), a.endsAt().toString())).toList()));
  }

  /** One running activity in the list. */
  public record Listed(long id, String title, String type, String endsAt) {}

  @GET
  @Path("{activityId}")
  public Response play(@PathParam("activityId") long activityId) {
    long productId = storefront.product().productId();
    ActivitiesResource.ActivityRules rules = ActivitiesResource.ActivityRules.of(activities.rules(productId, activityId));
    Optional<MemberProfile> member = pages.member();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("activity", rules);
    if (member.isPresent()) {
      long memberId = session.requireMemberId();
      data.put("plays", plays.mine(productId, activityId, memberId, 50).stream().map(ActivitiesResource.MyPlay::of).toList());
      data.put("playsLeftToday", plays.playsLeftToday(productId, activityId, memberId));
    } else {
      data.put("plays", List.of());
    }
    return pages.render("activity", member, Map.of("title", rules.title(), "activityId", String.valueOf(activityId)), data);
  }

  /** Public: the commitment, the seed once revealed, and the member's recorded numbers to recompute. */
  @GET
  @Path("{activityId}/fairness")
  public Response fairness(@PathParam("activityId") long activityId) {
    long productId = storefront.product().productId();
    ActivitiesResource.ActivityRules rules = ActivitiesResource.ActivityRules.of(activities.rules(productId, activityId));
    Optional<MemberProfile> member = pages.member();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("activity", rules);
    if (member.isPresent()) {
      long memberId = session.requireMemberId();
      data.put("memberId", memberId);
      data.put("plays", plays.mine(productId, activityId, memberId, 500).stream().map(ActivitiesResource.MyPlay::of).toList());
    } else {
      data.put("plays", List.of());
    }
    return pages.render("activity-fairness", member, Map.of("title", rules.title(), "activityId", String.valueOf(activityId)), data);
  }
}
