package io.haven.admin.inventory;

import io.haven.admin.console.ConsoleTime;
import io.haven.common.InvalidInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

/** Yuan typed in the console as fen for the domain, and local date-times as instants. */
final class ConsoleAmounts {

  private ConsoleAmounts() {}

  /** Yuan with at most two decimals → fen; refused on {@code field} otherwise. */
  static Long fen(BigDecimal yuan, String field) {
    if (yuan == null) {
      return null;
    }
    try {
      return yuan.movePointRight(2).setScale(0).longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidInput(field, "inventory.amount.invalid", "An amount in yuan with at most two decimals");
    }
  }

  static BigDecimal yuan(Long fen) {
    return fen == null ? null : BigDecimal.valueOf(fen, 2);
  }

  static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(ConsoleTime.ZONE).toInstant();
  }

  static LocalDateTime local(Instant at) {
    return at == null ? null : LocalDateTime.ofInstant(at, ConsoleTime.ZONE);
  }
}
