package io.haven.admin.activities;

import io.haven.activities.boundary.PlayFilter;
import io.haven.activities.entity.PlayStatus;
import io.haven.admin.console.ConsoleTime;
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
 * The winner-record filters as the console types them (whole days in Beijing time), turned into
 * the boundary's {@link PlayFilter} — and into the CSV download's query string and back, so the
 * file holds exactly the records on screen.
 */
record WinnerFilter(Long activityId, String memberAccount, PlayStatus status, LocalDate from, LocalDate to, boolean winsOnly) implements Serializable {

  /** What the records page shows first: every winner of every activity. */
  static final WinnerFilter WINNERS = new WinnerFilter(null, null, null, null, null, true);

  PlayFilter toBoundary() {
    return new PlayFilter(activityId, null, blankToNull(memberAccount), status,
        from == null ? null : from.atStartOfDay(ConsoleTime.ZONE).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(ConsoleTime.ZONE).toInstant(), winsOnly);
  }

  String queryString() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("activity", activityId);
    params.put("account", blankToNull(memberAccount));
    params.put("status", status);
    params.put("from", from);
    params.put("to", to);
    params.put("wins", winsOnly ? "1" : null);
    return params.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** The filter a download link carries; a malformed value is refused (IllegalArgumentException). */
  static WinnerFilter parse(Function<String, String> parameter) {
    try {
      String activity = parameter.apply("activity");
      String status = parameter.apply("status");
      return new WinnerFilter(
          activity == null ? null : Long.valueOf(activity), parameter.apply("account"), status == null ? null : PlayStatus.valueOf(status),
          date(parameter.apply("from")), date(parameter.apply("to")), "1".equals(parameter.apply("wins")));
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
