package io.haven.api.tenancy;

import io.haven.api.problems.Problem;
import io.haven.api.signature.ApiCaller;
import io.haven.tenancy.boundary.CurrentEnterprise;
import io.haven.tenancy.boundary.Products;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Connectivity check for partners: a correctly signed request answers which enterprise and
 * product the credentials belong to. Both lookups run inside the caller's tenant, like every
 * resource will.
 */
@Path("ping")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Connectivity", description = "Check that requests are signed correctly")
public class PingsResource {

  @Inject ApiCaller caller;
  @Inject CurrentEnterprise enterprise;
  @Inject Products products;

  @GET
  @Operation(operationId = "ping", summary = "Who am I", description = "Answers the enterprise and product of the signing credentials.")
  @APIResponse(responseCode = "200", description = "The caller", content = @Content(schema = @Schema(implementation = Ping.class)))
  @APIResponse(responseCode = "401", ref = "Unauthenticated")
  @APIResponse(responseCode = "406", ref = "NotAcceptable")
  @APIResponse(responseCode = "500", ref = "ServerError")
  public Ping ping() {
    return Ping.of(enterprise.view(), products.get(caller.productId()), Instant.now(), null);
  }

  @POST
  @Operation(
      operationId = "pingWithBody",
      summary = "Who am I, with a signed body",
      description = "Like GET, and echoes the body's message: proves that bodies are signed correctly.")
  @APIResponse(responseCode = "200", description = "The caller and the echoed message", content = @Content(schema = @Schema(implementation = Ping.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthenticated")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "406", ref = "NotAcceptable")
  @APIResponse(responseCode = "500", ref = "ServerError")
  public Ping echo(@NotNull @Valid PingRequest body) {
    return Ping.of(enterprise.view(), products.get(caller.productId()), Instant.now(), body.message().strip());
  }
}
