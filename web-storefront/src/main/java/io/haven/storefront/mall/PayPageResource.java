package io.haven.storefront.mall;

import io.haven.mall.boundary.SandboxPaymentView;
import io.haven.mall.boundary.SandboxPayments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The sandbox pay page (E2's sandbox provider, used by points-plus-cash redemptions): shows the
 * amount and the order, clearly marked as a sandbox, with "confirm payment" and "cancel". Served
 * at {@code /pay/{reference}} and at {@code /sandbox-pay/{reference}}, the address the sandbox
 * provider hands out as the payment's URL. An unknown reference is not found.
 */
@Path("{appId}/{kind: pay|sandbox-pay}/{reference}")
@Produces("text/html;charset=UTF-8")
@RequestScoped
public class PayPageResource {

  @Inject MallPages pages;
  @Inject SandboxPayments payments;

  @GET
  public Response pay(@PathParam("reference") String reference) {
    SandboxPaymentView payment = payments.get(reference);
    return pages.render("pay", pages.member(), Map.of("subject", payment.subject()), Map.of("payment", payment));
  }
}
