package io.haven.mall.control;

/**
 * Takes cash from members. {@link #start} opens a payment and says where the member pays; the
 * provider reports the outcome by firing {@link PaymentSettled} (synchronously, inside the
 * transaction that learnt it) exactly once per payment. {@link #cancel} closes a payment that was
 * not paid in time, so that a late payment cannot succeed after the goods were released.
 *
 * <p>This build ships {@link SandboxPaymentProvider}: payments settle on the platform's own
 * sandbox pay page. A real provider (WeChat Pay with the merchant authorisation of T5) would
 * implement the same three calls against its API and notification endpoint.
 */
public interface PaymentProvider {

  /** Who asks and for what: {@code purpose} names the capability ("MALL"), {@code orderNumber} its order. */
  record PaymentRequest(String appId, String purpose, String orderNumber, long amountFen, String subject) {}

  /** The provider's reference of the payment and the (relative) URL the member opens to pay. */
  record StartedPayment(String reference, String payUrl) {}

  StartedPayment start(PaymentRequest request);

  /** Where the member pays a started, still open payment (the same URL {@link #start} gave). */
  String payUrl(String appId, String reference);

  /**
   * Closes an unpaid payment. True when it is now closed by this call; false when it was settled
   * before (paid or cancelled), in which case the caller must not release anything.
   */
  boolean cancel(String reference);
}
