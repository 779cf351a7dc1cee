package io.haven.storefront.mall;

import io.haven.mall.boundary.SandboxPaymentView;
import io.haven.mall.boundary.SandboxPayments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The sandbox pay page's calls: read the payment, pay it, cancel it. Like a real payment page, it
 * needs no member session: the random, unguessable reference is the key (and it is looked up in
 * this storefront's tenant only). Paying completes the redemption and gives its award; cancelling
 * gives its stock and points back; a payment settles once (409 {@code mall.payment.settled}). The
 * two changes take a JSON body (an empty object), so no HTML form of another site can send them.
 */
@Path("{appId}/api/mall/payments/{reference}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PaymentsResource {

  /**
   * What confirm and cancel take: an empty object. Declared, so the body is read as strictly as
   * every other JSON write (a key in it is refused as invalid-input, not ignored).
   */
  public record NoFields() {}

  @Inject SandboxPayments payments;

  @GET
  public SandboxPaymentView get(@PathParam("reference") String reference) {
    return payments.get(reference);
  }

  @POST
  @Path("confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  public SandboxPaymentView confirm(@PathParam("reference") String reference, NoFields body) {
    return payments.confirm(reference);
  }

  @POST
  @Path("cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  public SandboxPaymentView cancel(@PathParam("reference") String reference, NoFields body) {
    return payments.cancel(reference);
  }
}
