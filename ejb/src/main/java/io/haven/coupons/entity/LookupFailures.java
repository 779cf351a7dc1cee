package io.haven.coupons.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A verifier's failed code look-ups in one window: the brute-force throttle's row. */
@Entity
@Table(name = "counter_lookup_failure")
public class LookupFailures extends TenantOwned {

  @Column(name = "console_user_id", nullable = false, updatable = false)
  private Long consoleUserId;

  @Column(name = "window_start", nullable = false, updatable = false)
  private Instant windowStart;

  @Column(nullable = false)
  private int failures;

  protected LookupFailures() {}

  public LookupFailures(long consoleUserId, Instant windowStart) {
    this.consoleUserId = consoleUserId;
    this.windowStart = windowStart;
    this.failures = 1;
  }

  public Long getConsoleUserId() { return consoleUserId; }
  public Instant getWindowStart() { return windowStart; }
  public int getFailures() { return failures; }
}
