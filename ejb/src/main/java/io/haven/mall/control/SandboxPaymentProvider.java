package io.haven.mall.control;

import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.mall.entity.SandboxPayment;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The sandbox provider: each payment is a {@link SandboxPayment} row; the storefront's sandbox pay
 * page at {@code /store/{appId}/sandbox-pay/{reference}} shows it and calls confirm or cancel
 * (through {@code SandboxPayments}). Settling and cancelling lock the payment row first, so a
 * confirmation and a time-out cancellation of the same payment run one after the other and only
 * the first wins.
 */
@Dependent
public class SandboxPaymentProvider implements PaymentProvider {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Event<PaymentSettled> settled;

  @Override
  public StartedPayment start(PaymentRequest request) {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String reference = "sbx_" + HexFormat.of().formatHex(bytes);
    em.persist(new SandboxPayment(reference, request.purpose(), request.orderNumber(), request.amountFen(), request.subject(), StoredTime.now()));
    return new StartedPayment(reference, payUrl(request.appId(), reference));
  }

  @Override
  public String payUrl(String appId, String reference) {
    return "/store/" + appId + "/sandbox-pay/" + reference;
  }

  @Override
  public boolean cancel(String reference) {
    return locked(reference).map(p -> p.settle(false, StoredTime.now())).orElse(false);
  }

  /** The pay page's "pay" button: settles PAID once and tells the purpose's observer. */
  public SandboxPayment confirm(String reference) {
    return settle(reference, true);
  }

  /** The pay page's "cancel" button. */
  public SandboxPayment refuse(String reference) {
    return settle(reference, false);
  }

  public Optional<SandboxPayment> find(String reference) {
    return em.createQuery("select p from SandboxPayment p where p.reference = :r", SandboxPayment.class)
        .setParameter("r", reference)
        .getResultStream()
        .findFirst();
  }

  private SandboxPayment settle(String reference, boolean paid) {
    SandboxPayment payment = locked(reference).orElseThrow(() -> new NotFound("Payment", reference));
    if (!payment.settle(paid, StoredTime.now())) {
      throw PaymentRefused.alreadySettled(payment.getStatus().name());
    }
    settled.fire(new PaymentSettled(payment.getPurpose(), payment.getOrderNumber(), reference, paid));
    return payment;
  }

  private Optional<SandboxPayment> locked(String reference) {
    if (reference == null || reference.length() > 64) {
      return Optional.empty();
    }
    return em.createQuery("select p from SandboxPayment p where p.reference = :r", SandboxPayment.class)
        .setParameter("r", reference)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", 5000)
        .getResultStream()
        .findFirst();
  }
}
