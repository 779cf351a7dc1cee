package io.haven.admin.coupons;

import io.haven.admin.console.ConsoleTime;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The settlement records' filter (C5): verification days (both inclusive, console zone) and coupon name. */
record SettlementFilter(LocalDate from, LocalDate to, String couponName) implements Serializable {

  static final SettlementFilter ALL = new SettlementFilter(null, null, null);

  Instant fromInstant() {
    return from == null ? null : from.atStartOfDay(ConsoleTime.ZONE).toInstant();
  }

  Instant toInstant() {
    return to == null ? null : to.plusDays(1).atStartOfDay(ConsoleTime.ZONE).toInstant();
  }

  String queryString() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("from", from);
    params.put("to", to);
    params.put("coupon", couponName == null || couponName.isBlank() ? null : couponName.strip());
    return params.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** The filter a download link carries; a malformed date is refused (IllegalArgumentException). */
  static SettlementFilter parse(Function<String, String> parameter) {
    try {
      return new SettlementFilter(date(parameter.apply("from")), date(parameter.apply("to")), parameter.apply("coupon"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static LocalDate date(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value);
  }
}
