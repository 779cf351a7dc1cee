package io.haven.mall.boundary;

import io.haven.common.HavenException;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Releases redemptions whose cash part was not paid in time (default 15 minutes,
 * {@code haven.mall.payment-timeout-minutes}). A non-persistent {@code @Schedule} sweep every
 * minute rather than a timer per redemption: the deadline is a column, so nothing is lost when
 * the server restarts (the next sweep finds it), there are no timer objects to keep per pending
 * payment, and one indexed query a minute costs nothing. Each release is its own transaction and
 * idempotent (the provider closes the payment under its row lock; only the call that closed it
 * releases), so overlapping sweeps — or every node of a cluster sweeping — release each
 * redemption exactly once. A member sees the release at most a minute after the deadline.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentTimeouts {

  private static final Logger LOG = Logger.getLogger(PaymentTimeouts.class.getName());
  static final int BATCH = 500;

  @Inject Redemptions redemptions;
  @Inject TenantContext tenant;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void sweep() {
    int released = releaseDue(StoredTime.now());
    if (released > 0) {
      LOG.info(() -> "released " + released + " unpaid redemptions");
    }
  }

  /** Releases every unpaid redemption due at {@code now}; returns how many this call released. */
  public int releaseDue(Instant now) {
    boolean hadTenant = tenant.hasTenant();
    long savedTenant = hadTenant ? tenant.tenantId() : 0;
    String savedActor = tenant.actor();
    int released = 0;
    try {
      for (long[] due : redemptions.unpaidDue(now, BATCH)) {
        tenant.enterTenant(due[0], "system:payment-timeout");
        try {
          if (redemptions.releaseUnpaid(due[1])) {
            released++;
          }
        } catch (HavenException busy) {
          // locked by a confirmation right now: the next sweep looks again
          LOG.log(Level.FINE, "redemption " + due[1] + " not released now", busy);
        }
      }
    } finally {
      if (hadTenant) {
        tenant.enterTenant(savedTenant, savedActor);
      } else {
        tenant.leave();
      }
    }
    return released;
  }
}
