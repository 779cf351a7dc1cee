package io.haven.mall.control;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Redemption order numbers: "R", the UTC time to the second and 8 random digits (e.g.
 * R2026112300400112345678), 23 characters. Sortable by time, not guessable in sequence; the
 * unique key (tenant, order number) catches the rare collision (the redemption is then retried
 * by the member as a "busy" answer).
 */
public final class OrderNumbers {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private OrderNumbers() {}

  public static String next(Instant now) {
    return "R" + TIME.format(now) + String.format("%08d", RANDOM.nextInt(100_000_000));
  }
}
