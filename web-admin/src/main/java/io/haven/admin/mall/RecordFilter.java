package io.haven.admin.mall;

import io.haven.admin.console.ConsoleTime;
import io.haven.mall.boundary.RedemptionFilter;
import io.haven.mall.entity.RedemptionStatus;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The redemption-record filters as the console types them (whole days in Beijing time, the goods
 * source and status by name), turned into the boundary's {@link RedemptionFilter} — and into the
 * query string of the CSV download and back, so the file holds exactly the records on screen.
 */
record RecordFilter(
    String orderNumber, String memberAccount, String goodsSource, LocalDate from, LocalDate to, Long productId, RedemptionStatus status)
    implements Serializable {

  static final RecordFilter NONE = new RecordFilter(null, null, null, null, null, null, null);

  RedemptionFilter toBoundary() {
    return new RedemptionFilter(
        blankToNull(orderNumber), blankToNull(memberAccount), blankToNull(goodsSource),
        from == null ? null : from.atStartOfDay(ConsoleTime.ZONE).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(ConsoleTime.ZONE).toInstant(), productId, status);
  }

  String queryString() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("order", blankToNull(orderNumber));
    params.put("account", blankToNull(memberAccount));
    params.put("source", blankToNull(goodsSource));
    params.put("from", from);
    params.put("to", to);
    params.put("product", productId);
    params.put("status", status);
    return params.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** The filter a download link carries; a malformed value is refused (IllegalArgumentException). */
  static RecordFilter parse(Function<String, String> parameter) {
    try {
      return new RecordFilter(
          parameter.apply("order"), parameter.apply("account"), parameter.apply("source"), date(parameter.apply("from")),
          date(parameter.apply("to")), parameter.apply("product") == null ? null : Long.valueOf(parameter.apply("product")),
          parameter.apply("status") == null ? null : RedemptionStatus.valueOf(parameter.apply("status")));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static LocalDate date(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
