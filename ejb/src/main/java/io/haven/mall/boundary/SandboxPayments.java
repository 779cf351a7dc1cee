package io.haven.mall.boundary;

import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.mall.control.SandboxPaymentProvider;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The sandbox pay page's three calls (storefront {@code /store/{appId}/sandbox-pay/{reference}},
 * tenant set from the appId): show the payment, pay it, cancel it. Paying completes the
 * redemption and gives its award in the same transaction; cancelling releases its stock and
 * points. A payment settles once: a second settlement, or one after the time-out, is refused
 * ({@code mall.payment.settled}, 409).
 */
@Stateless
public class SandboxPayments {

  @Inject TenantContext tenant;
  @Inject SandboxPaymentProvider provider;

  public SandboxPaymentView get(String reference) {
    tenant.tenantId();
    return provider.find(reference).map(SandboxPaymentView::of).orElseThrow(() -> new NotFound("Payment", reference));
  }

  public SandboxPaymentView confirm(String reference) {
    tenant.tenantId();
    return SandboxPaymentView.of(provider.confirm(reference));
  }

  public SandboxPaymentView cancel(String reference) {
    tenant.tenantId();
    return SandboxPaymentView.of(provider.refuse(reference));
  }
}
