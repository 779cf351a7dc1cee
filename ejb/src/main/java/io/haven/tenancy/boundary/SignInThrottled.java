package io.haven.tenancy.boundary;

import io.haven.common.HavenException;

/**
 * Too many failed sign-ins for this account or from this address: refused before the password is
 * checked, so a refused attempt costs no password hash. Says when to try again.
 */
public class SignInThrottled extends HavenException {

  private final long retryAfterSeconds;
  private final boolean locked;

  public SignInThrottled(long retryAfterSeconds, boolean locked) {
    super(
        Kind.THROTTLED,
        locked ? "signIn.locked" : "signIn.throttled",
        "password",
        locked
            ? "Too many failed sign-ins: signing in is locked for " + minutes(retryAfterSeconds) + " minute(s)"
            : "Too many failed sign-ins: wait " + retryAfterSeconds + " second(s) and try again");
    this.retryAfterSeconds = retryAfterSeconds;
    this.locked = locked;
  }

  @Override
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** A temporary lock (rather than a short delay between attempts). */
  public boolean locked() {
    return locked;
  }

  /** Whole minutes, rounded up, for the message. */
  public long minutes() {
    return minutes(retryAfterSeconds);
  }

  private static long minutes(long seconds) {
    return Math.max(1, (seconds + 59) / 60);
  }
}
