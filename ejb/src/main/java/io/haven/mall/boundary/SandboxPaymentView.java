package io.haven.mall.boundary;

import io.haven.mall.entity.SandboxPayment;
import java.time.Instant;

/** What the sandbox pay page shows. */
public record SandboxPaymentView(String reference, String orderNumber, long amountFen, String subject, String status, Instant createdAt) {

  static SandboxPaymentView of(SandboxPayment p) {
    return new SandboxPaymentView(p.getReference(), p.getOrderNumber(), p.getAmountFen(), p.getSubject(), p.getStatus().name(), p.getCreatedAt());
  }
}
