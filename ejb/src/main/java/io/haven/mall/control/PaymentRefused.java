package io.haven.mall.control;

import io.haven.common.HavenException;

/** A payment cannot change any more: it was paid or cancelled already (or timed out). */
public class PaymentRefused extends HavenException {

  private PaymentRefused(String code, String message) {
    super(Kind.CONFLICT, code, null, message);
  }

  public static PaymentRefused alreadySettled(String status) {
    return new PaymentRefused("mall.payment.settled", "The payment is already " + status);
  }
}
