package io.haven.mall;

import io.haven.mall.entity.Redeemed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the Redeemed events that committed, as a task observer would see them. */
@ApplicationScoped
public class RedeemedRecorder {

  private final List<Redeemed> seen = new CopyOnWriteArrayList<>();

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) Redeemed event) {
    seen.add(event);
  }

  public List<Redeemed> of(String orderNumber) {
    return seen.stream().filter(e -> e.orderNumber().equals(orderNumber)).toList();
  }
}
