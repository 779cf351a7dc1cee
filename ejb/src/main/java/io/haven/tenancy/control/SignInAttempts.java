package io.haven.tenancy.control;

import io.haven.tenancy.boundary.SignInThrottled;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.infinispan.Cache;

/**
 * Throttles sign-ins (storefront hosted login, console) before the password hash is computed, in
 * the server's bounded {@code sign-in-failures} cache. Three counts, each forgotten a window after
 * its last failure:
 *
 * <ul>
 *   <li><b>this account from this address</b> — an attacker's own count, so it bites first: a few
 *       free attempts, then growing delays, then a lock;
 *   <li><b>this address</b>, over all accounts — password spraying: many more free attempts;
 *   <li><b>this account</b>, over all addresses — a distributed attack: a short lock only, so a
 *       member is never locked out for long by someone else's attempts.
 * </ul>
 *
 * An attempt is counted when it {@link #begin}s, not when its hash has failed: parallel attempts
 * are refused while the first ones are still hashing, so a burst costs a few hashes, not one each.
 * A success takes the account's own counts back; the address count stays (an attacker could
 * otherwise reset it by signing in to an account of their own). Windows are system properties
 * ({@code haven.sign-in.*}) read on every attempt, so tests can shorten them.
 */
@ApplicationScoped
public class SignInAttempts {

  /** One attempt that passed the throttle; the caller reports how it ended. */
  public record Attempt(String scope, String account, String address, boolean startedLock) {}

  /**
   * Failures counted under one key, and until when it is locked (epoch ms, 0 if not); {@code
   * attempt} names the attempt counted last, so each attempt can tell whether it was the one.
   */
  public record Failures(int count, long lastAt, long lockedUntil, long attempt) {}

  enum Limit {
    PAIR(5, 10, 900),
    ADDRESS(30, 100, 900),
    ACCOUNT(10, 30, 60);

    final int free;
    final int lockAfter;
    final int lockSeconds;

    Limit(int free, int lockAfter, int lockSeconds) {
      this.free = free;
      this.lockAfter = lockAfter;
      this.lockSeconds = lockSeconds;
    }

    private String property(String name) {
      return "haven.sign-in." + name().toLowerCase(Locale.ROOT) + "." + name;
    }

    int free() {
      return Integer.getInteger(property("free"), free);
    }

    int lockAfter() {
      return Integer.getInteger(property("lock-after"), lockAfter);
    }

    long lockMillis() {
      return Integer.getInteger(property("lock-seconds"), lockSeconds) * 1000L;
    }
  }

  /** The first delay after the free attempts; it doubles with each further failure. */
  static long firstDelayMillis() {
    return Long.getLong("haven.sign-in.delay-ms", 1000);
  }

  static final long MAX_DELAY_MILLIS = 60_000;

  /** A count is forgotten this long after its last failure. */
  static long windowMillis() {
    return Integer.getInteger("haven.sign-in.window-seconds", 900) * 1000L;
  }

  @Resource(lookup = "java:jboss/infinispan/cache/haven/sign-in-failures")
  Cache<String, Failures> failures;

  /**
   * Admits one attempt of {@code account} (in {@code scope}: an appId, or the console) from {@code
   * address}, or refuses it with the wait. Call before the password is hashed.
   */
  public Attempt begin(String scope, String account, String address) {
    long now = System.currentTimeMillis();
    long attempt = ThreadLocalRandom.current().nextLong(); // unique enough on every node of a cluster
    String[] keys = keys(scope, account, address);
    Limit[] limits = Limit.values();
    // Look first, change nothing: a refused attempt leaves every count as it was.
    refuseIfThrottled(keys, now);
    boolean startedLock = false;
    for (int i = 0; i < keys.length; i++) {
      Limit limit = limits[i];
      Failures after =
          failures.compute(
              keys[i], (k, before) -> counted(before, limit, now, attempt), windowMillis() + limit.lockMillis(), TimeUnit.MILLISECONDS);
      if (after.attempt() != attempt) {
        // a parallel attempt got in first: refuse this one on what it left
        refuseIfThrottled(after, limit, now);
      }
      startedLock |= after.lockedUntil() > now;
    }
    return new Attempt(scope, account, address, startedLock);
  }

  /** Refuses, as {@link #begin} would, without counting anything. */
  public void check(String scope, String account, String address) {
    refuseIfThrottled(keys(scope, account, address), System.currentTimeMillis());
  }

  /**
   * The right password: this account's own counts start again, and the address count takes back
   * this one attempt (only this one: an attacker signing in to an account of their own between
   * guesses does not wipe the address's failures).
   */
  public void succeeded(Attempt attempt) {
    String[] keys = keys(attempt.scope(), attempt.account(), attempt.address());
    failures.remove(keys[Limit.PAIR.ordinal()]);
    failures.remove(keys[Limit.ACCOUNT.ordinal()]);
    failures.computeIfPresent(
        keys[Limit.ADDRESS.ordinal()],
        (k, f) -> new Failures(Math.max(0, f.count() - 1), f.lastAt(), f.lockedUntil(), f.attempt()),
        windowMillis() + Limit.ADDRESS.lockMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Counts this attempt unless it must wait (then unchanged, so waiting is what helps). */
  private static Failures counted(Failures before, Limit limit, long now, long attempt) {
    if (before != null && wait(before, limit, now) > 0) {
      return before;
    }
    int count = before == null ? 1 : before.count() + 1;
    long lockedUntil = count >= limit.lockAfter() ? now + limit.lockMillis() : 0;
    return new Failures(count, now, lockedUntil, attempt);
  }

  private void refuseIfThrottled(String[] keys, long now) {
    for (int i = 0; i < keys.length; i++) {
      refuseIfThrottled(failures.get(keys[i]), Limit.values()[i], now);
    }
  }

  private static void refuseIfThrottled(Failures seen, Limit limit, long now) {
    if (seen != null && wait(seen, limit, now) > 0) {
      throw new SignInThrottled(seconds(wait(seen, limit, now)), seen.lockedUntil() > now);
    }
  }

  /**
   * How long the next attempt must wait: until the lock ends, or (below the lock's count) the
   * growing delay after the last failure. Once a lock has ended one attempt may pass; failing, it
   * locks again.
   */
  private static long wait(Failures seen, Limit limit, long now) {
    if (seen.lockedUntil() > now) {
      return seen.lockedUntil() - now;
    }
    long delay = delay(seen.count(), limit);
    if (seen.count() >= limit.lockAfter() || delay == 0) {
      return 0; // (a parallel attempt may have counted at a later "now" than ours)
    }
    return seen.lastAt() + delay - now;
  }

  /** The wait before the next attempt after {@code count} failures. */
  static long delay(int count, Limit limit) {
    int over = count - limit.free();
    if (over < 0) {
      return 0;
    }
    return Math.min(MAX_DELAY_MILLIS, firstDelayMillis() << Math.min(over, 20));
  }

  private static long seconds(long millis) {
    return Math.max(1, (millis + 999) / 1000);
  }

  /** In {@link Limit} order. */
  private static String[] keys(String scope, String account, String address) {
    address = String.valueOf(address);
    String who = scope + '\u0000' + account.toLowerCase(Locale.ROOT);
    return new String[] {"p\u0000" + who + '\u0000' + address, "i\u0000" + address, "a\u0000" + who};
  }
}
