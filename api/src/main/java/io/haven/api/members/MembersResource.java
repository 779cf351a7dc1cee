package io.haven.api.members;

import io.haven.api.idempotency.Idempotent;
import io.haven.api.idempotency.IdempotentRequest;
import io.haven.api.problems.Problem;
import io.haven.api.signature.ApiCaller;
import io.haven.members.boundary.MemberLevels;
import io.haven.members.boundary.MemberView;
import io.haven.members.boundary.Members;
import io.haven.members.boundary.SyncedMember;
import io.haven.points.boundary.PointsLedger;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The calling product's members (V1), by the enterprise's own member id: the enterprise keeps its
 * members in sync, and reads a member with their points balance. Another product's or enterprise's
 * member is simply not found.
 */
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Members", description = "The product's members, by the enterprise's member id")
public class MembersResource {

  @Inject ApiCaller caller;
  @Inject Members members;
  @Inject PointsLedger ledger;
  @Inject MemberLevels levels;
  @Inject IdempotentRequest idempotent;
  @Context UriInfo uri;

  @POST
  @Idempotent
  @Operation(
      operationId = "syncMember",
      summary = "Create or update a member",
      description = "Creates the member with this memberId in the calling product (with an empty points account), or"
          + " updates the given fields of the existing one. Needs an Idempotency-Key.")
  @Parameter(ref = "Idempotency-Key")
  @RequestBody(content = @Content(schema = @Schema(implementation = MemberSync.class), examples = @ExampleObject(name = "member", value = MemberExamples.SYNC)))
  @APIResponse(responseCode = "201", description = "Created; Location is the member",
      content = @Content(schema = @Schema(implementation = PartnerMember.class), examples = @ExampleObject(name = "member", value = MemberExamples.MEMBER)))
  @APIResponse(responseCode = "200", description = "Updated",
      content = @Content(schema = @Schema(implementation = PartnerMember.class), examples = @ExampleObject(name = "member", value = MemberExamples.MEMBER)))
  @APIResponse(responseCode = "400", ref = "IdempotentBadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthenticated")
  @APIResponse(responseCode = "409", ref = "InFlight")
  @APIResponse(responseCode = "422", ref = "KeyReused")
  @APIResponse(responseCode = "406", ref = "NotAcceptable")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "500", ref = "ServerError")
  public Response sync(@NotNull @Valid MemberSync body) {
    return idempotent.once(() -> {
      SyncedMember synced =
          members.sync(caller.productId(), body.memberId(), body.nickname(), body.phone(), body.birthday(), body.invitedBy());
      PartnerMember member = of(synced.member());
      return synced.created()
          ? Response.created(uri.getBaseUriBuilder().path("members").path(member.memberId()).build()).entity(member).build()
          : Response.ok(member).build();
    });
  }

  @GET
  @Path("{memberId}")
  @Operation(operationId = "getMember", summary = "A member",
      description = "The member with this memberId in the calling product: points balance, growth value and level.")
  @APIResponse(responseCode = "200", description = "The member",
      content = @Content(schema = @Schema(implementation = PartnerMember.class), examples = @ExampleObject(name = "member", value = MemberExamples.MEMBER)))
  @APIResponse(responseCode = "401", ref = "Unauthenticated")
  @APIResponse(responseCode = "404", description = "No such member in this product",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "notFound", value = MemberExamples.NOT_FOUND)))
  @APIResponse(responseCode = "406", ref = "NotAcceptable")
  @APIResponse(responseCode = "500", ref = "ServerError")
  public PartnerMember member(
      @PathParam("memberId") @Parameter(in = ParameterIn.PATH, description = "The enterprise's member id", example = "M-10086") String memberId) {
    MemberView member = members.byEnterpriseId(caller.productId(), memberId);
    return of(member);
  }

  private PartnerMember of(MemberView member) {
    return PartnerMember.of(member, ledger.balance(member.id()), levels.standing(caller.productId(), member.id()));
  }
}
