package io.haven.api.points;

import io.haven.api.idempotency.Idempotent;
import io.haven.api.idempotency.IdempotentRequest;
import io.haven.api.members.MemberExamples;
import io.haven.api.problems.Problem;
import io.haven.api.signature.ApiCaller;
import io.haven.common.InvalidInput;
import io.haven.common.Page;
import io.haven.members.boundary.MemberView;
import io.haven.members.boundary.Members;
import io.haven.points.boundary.LedgerEntryView;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.entity.PointsSource;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A member's points (V2) for the partner's systems: the ledger, newest first, and credits and
 * debits with source API. The member is the calling product's member with this enterprise member
 * id; any other is not found.
 */
@Path("members/{memberId}/points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Points", description = "Members' points ledger, credits and debits")
public class PointsResource {

  static final int MAX_PAGE_SIZE = 100;
  private static final int MAX_PAGE = 1_000_000;

  @Inject ApiCaller caller;
  @Inject Members members;
  @Inject PointsLedger ledger;
  @Inject IdempotentRequest idempotent;

  @PathParam("memberId")
  @Parameter(in = ParameterIn.PATH, description = "The enterprise's member id", example = "M-10086")
  String memberId;

  @GET
  @Path("ledger")
  @Operation(operationId = "pointsLedger", summary = "A member's points ledger", description = "One page of the ledger, newest entry first.")
  @APIResponse(responseCode = "200", description = "The page",
      content = @Content(schema = @Schema(implementation = LedgerPage.class), examples = @ExampleObject(name = "page", value = PointsExamples.PAGE)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthenticated")
  @APIResponse(responseCode = "404", description = "No such member in this product",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "notFound", value = MemberExamples.NOT_FOUND)))
  @APIResponse(responseCode = "406", ref = "NotAcceptable")
  @APIResponse(responseCode = "500", ref = "ServerError")
  public LedgerPage ledger(
      // Text here so that a wrong value is named (api.paging.invalid), a whole number in the document.
      @QueryParam("page") @Parameter(description = "From 0", example = "0",
          schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "" + MAX_PAGE)) String page,
      @QueryParam("size") @Parameter(description = "1 to 100, default 20", example = "20",
          schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MAX_PAGE_SIZE, defaultValue = "20"))
          String size) {
    int pageNumber = number("page", page, 0, 0, MAX_PAGE);
    int pageSize = number("size", size, 20, 1, MAX_PAGE_SIZE);
    MemberView member = members.byEnterpriseId(caller.productId(), memberId);
    Page<LedgerEntryView> entries = ledger.history(member.id(), pageNumber * pageSize, pageSize);
    return new LedgerPage(memberId, pageNumber, pageSize, entries.total(), entries.items().stream().map(LedgerLine::of).toList());
  }

  @POST
  @Path("credits")
  @Idempotent
  @Operation(operationId = "creditPoints", summary = "Credit points", description = "Adds points to the member's balance. Needs an Idempotency-Key.")
  @Parameter(ref = "Idempotency-Key")
  @RequestBody(content = @Content(schema = @Schema(implementation = PointsMovement.class), examples = @ExampleObject(name = "credit", value = PointsExamples.MOVEMENT)))
  @APIResponse(responseCode = "201", description = "Credited",
      content = @Content(schema = @Schema(implementation = PointsMoved.class), examples = @ExampleObject(name = "credited", value = PointsExamples.MOVED)))
  @APIResponse(responseCode = "400", ref = "IdempotentBadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthenticated")
  @APIResponse(responseCode = "404", description = "No such member in this product",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "notFound", value = MemberExamples.NOT_FOUND)))
  @APIResponse(responseCode = "409", ref = "InFlight")
  @APIResponse(responseCode = "422", ref = "KeyReused")
  @APIResponse(responseCode = "406", ref = "NotAcceptable")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "500", ref = "ServerError")
  public Response credit(@NotNull @Valid PointsMovement body) {
    long points = body.points();
    return idempotent.once(() -> moved(ledger.credit(member(), points, PointsSource.API, body.reference(), body.reason())));
  }

  @POST
  @Path("debits")
  @Idempotent
  @Operation(
      operationId = "debitPoints",
      summary = "Debit points",
      description = "Takes points from the member's balance, never below zero. Needs an Idempotency-Key.")
  @Parameter(ref = "Idempotency-Key")
  @RequestBody(content = @Content(schema = @Schema(implementation = PointsMovement.class), examples = @ExampleObject(name = "debit", value = PointsExamples.MOVEMENT)))
  @APIResponse(responseCode = "201", description = "Debited",
      content = @Content(schema = @Schema(implementation = PointsMoved.class), examples = @ExampleObject(name = "debited", value = PointsExamples.MOVED)))
  @APIResponse(responseCode = "400", ref = "IdempotentBadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthenticated")
  @APIResponse(responseCode = "404", description = "No such member in this product",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "notFound", value = MemberExamples.NOT_FOUND)))
  @APIResponse(responseCode = "409", description = "Not enough points, or the key is still in flight",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "points.insufficient", value = PointsExamples.INSUFFICIENT)))
  @APIResponse(responseCode = "422", ref = "KeyReused")
  @APIResponse(responseCode = "406", ref = "NotAcceptable")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "500", ref = "ServerError")
  public Response debit(@NotNull @Valid PointsMovement body) {
    long points = body.points();
    return idempotent.once(() -> moved(ledger.debit(member(), points, PointsSource.API, body.reference(), body.reason())));
  }

  private long member() {
    return members.byEnterpriseId(caller.productId(), memberId).id();
  }

  private Response moved(LedgerEntryView entry) {
    return Response.status(Response.Status.CREATED)
        .entity(new PointsMoved(memberId, LedgerLine.of(entry), entry.balanceAfter()))
        .build();
  }

  /** A paging parameter: absent means the default; anything but a whole number in range is named. */
  private static int number(String name, String given, int absent, int min, int max) {
    if (given == null || given.isEmpty()) {
      return absent;
    }
    if (given.matches("[0-9]{1,9}")) {
      int value = Integer.parseInt(given);
      if (value >= min && value <= max) {
        return value;
      }
    }
    throw new InvalidInput(name, "api.paging.invalid", name + " must be a whole number from " + min + " to " + max);
  }
}
