package io.haven.tenancy.boundary;

import io.haven.common.StoredTime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Idempotency keys are promised for at least 24 hours; they are forgotten after 48, hourly, so the
 * table stays small and a key can be used again after two days.
 */
@Singleton
public class PartnerRequestPurge {

  public static final Duration KEPT = Duration.ofHours(48);
  private static final Logger LOG = Logger.getLogger(PartnerRequestPurge.class.getName());

  @Inject PartnerRequests requests;

  @Schedule(hour = "*", minute = "23", persistent = false)
  void forgetOldKeys() {
    int forgotten = requests.forgetBefore(StoredTime.now().minus(KEPT));
    LOG.fine(() -> "forgot " + forgotten + " idempotency keys");
  }
}
