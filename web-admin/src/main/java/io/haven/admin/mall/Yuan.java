package io.haven.admin.mall;

import io.haven.admin.console.ConsoleTime;
import io.haven.common.InvalidInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Money is typed and shown in yuan and kept in fen (SPEC: integers, never floating point); times
 * are typed as Beijing wall-clock times and kept as instants.
 */
final class Yuan {

  private Yuan() {}

  /** Yuan with at most two decimals → fen; refused on {@code field} with {@code code} otherwise. */
  static Long fen(BigDecimal yuan, String field, String code) {
    if (yuan == null) {
      return null;
    }
    try {
      return yuan.movePointRight(2).setScale(0).longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidInput(field, code, "An amount in yuan with at most two decimals");
    }
  }

  static BigDecimal of(Long fen) {
    return fen == null ? null : BigDecimal.valueOf(fen, 2);
  }

  static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(ConsoleTime.ZONE).toInstant();
  }

  static LocalDateTime local(Instant at) {
    return at == null ? null : LocalDateTime.ofInstant(at, ConsoleTime.ZONE);
  }
}
