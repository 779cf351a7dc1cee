package io.haven.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current time at the precision the database keeps (datetime(6): microseconds), so a value
 * answered right after a write equals the same value read back later.
 */
public final class StoredTime {

  private StoredTime() {}

  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
