package io.haven.storefront.activities;

import io.haven.activities.boundary.Activities;
import io.haven.activities.boundary.ActivityView;
import io.haven.activities.boundary.PlayView;
import io.haven.activities.boundary.Plays;
import io.haven.mall.boundary.ShippingAddress;
import jakarta.validation.constraints.NotNull;
import io.haven.storefront.members.MemberSession;
import io.haven.storefront.tenancy.CurrentStorefront;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * An activity's JSON for the storefront's script. Reading the rules needs no member; playing does
 * (401 otherwise), and the member is always the one signed in, never an id from the client. Each
 * call is one boundary call; refusals are the domain's exceptions, answered as problem+json by the
 * storefront's mapper (activity offline or ended, limits, points, busy).
 */
@Path("{appId}/api/activities")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ActivitiesResource {

  /** What the play button sends: the browser's device id (per-device limits). */
  public record PlayRequest(String deviceId) {}

  /** Where a physical prize goes: recipient, phone and the address line. */
  public record AddressForm(String recipient, String phone, String address) {}

  /** The signed-in member's plays left today (-1 unlimited). */
  public record PlaysLeft(int playsLeftToday) {}

  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Inject Activities activities;
  @Inject Plays plays;
  @Context UriInfo uri;

  /** The rules page: settings, prizes with their odds as percentages, the commitment. */
  @GET
  @Path("{activityId}")
  public ActivityRules rules(@PathParam("activityId") long activityId) {
    return ActivityRules.of(activities.rules(productId(), activityId));
  }

  /** Plays once for the signed-in member: 201 with the outcome. */
  @POST
  @Path("{activityId}/plays")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response play(@PathParam("activityId") long activityId, PlayRequest request) {
    long memberId = session.requireMemberId();
    PlayView done = plays.play(productId(), activityId, memberId, request == null ? null : request.deviceId());
    return Response.created(uri.getBaseUriBuilder().path(storefront.appId()).path("api/activities").path(String.valueOf(activityId))
            .path("plays").path(String.valueOf(done.id())).build())
        .entity(MyPlay.of(done))
        .build();
  }

  /** The signed-in member's plays of the activity, newest first (at most 50). */
  @GET
  @Path("{activityId}/plays")
  public List<MyPlay> myPlays(@PathParam("activityId") long activityId) {
    return plays.mine(productId(), activityId, session.requireMemberId(), 50).stream().map(MyPlay::of).toList();
  }

  /** Plays left today for the signed-in member. */
  @GET
  @Path("{activityId}/plays-left")
  public PlaysLeft playsLeft(@PathParam("activityId") long activityId) {
    return new PlaysLeft(plays.playsLeftToday(productId(), activityId, session.requireMemberId()));
  }

  /** The signed-in member's prizes across the product's activities, newest first (at most 100). */
  @GET
  @Path("prizes")
  public List<MyPlay> myPrizes() {
    return plays.myPrizes(productId(), session.requireMemberId(), 100).stream().map(MyPlay::of).toList();
  }

  /** The address of a physical prize (given once, correctable until shipped). */
  @PUT
  @Path("plays/{playId}/address")
  @Consumes(MediaType.APPLICATION_JSON)
  public MyPlay giveAddress(@PathParam("playId") long playId, @NotNull AddressForm form) {
    long memberId = session.requireMemberId();
    return MyPlay.of(plays.giveAddress(productId(), memberId, playId, new ShippingAddress(form.recipient(), form.phone(), form.address())));
  }

  private long productId() {
    return storefront.product().productId();
  }

  /** The rules as members read them; the operator's quantities stay in the console. */
  public record ActivityRules(
      long id, String type, String presentation, String status, boolean ended, String title, String rules, String startsAt, String endsAt, long pointsPerPlay, int freePlaysPerDay,
      int playsPerDay, List<PrizeOdds> prizes, String noPrizeText, String noPrizePercent, String seedCommitment, String revealedSeed) {

    public record PrizeOdds(String name, String category, String percent, boolean available) {}

    public static ActivityRules of(ActivityView a) {
      return new ActivityRules(a.id(), a.type(), a.presentation(), a.status(), !java.time.Instant.now().isBefore(a.endsAt()), a.title(), a.rules(), a.startsAt().toString(), a.endsAt().toString(), a.pointsPerPlay(),
          a.freePlaysPerDay(), a.playsPerDay(),
          a.prizes().stream().map(p -> new PrizeOdds(p.name(), p.category(), p.percent(), p.remaining() > 0)).toList(),
          a.noPrizeText(), a.noPrizePercent(), a.seedCommitment(), a.revealedSeed());
    }
  }

  /** One play's outcome for the member, with what is needed to check it once the seed is revealed. */
  public record MyPlay(
      long id, long activityId, long playNumber, int drawNumber, boolean won, String prizeName, String category, String status, String awardCode,
      String awardLink, Long awardPoints, String noPrizeText, boolean freePlay, long pointsPaid, String playedAt, String recipient, String recipientPhone,
      String address, String courier, String trackingNumber) {

    public static MyPlay of(PlayView p) {
      return new MyPlay(p.id(), p.activityId(), p.playNumber(), p.drawNumber(), p.won(), p.prizeName(), p.category(), p.status(), p.awardCode(),
          p.awardLink(), p.awardPoints(), p.noPrizeText(), p.freePlay(), p.pointsPaid(), p.playedAt().toString(), p.recipient(), p.recipientPhone(),
          p.address(), p.courier(), p.trackingNumber());
    }
  }
}
