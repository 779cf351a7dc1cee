package io.haven.api.points;

/** Bodies as the OpenAPI document shows them. */
final class PointsExamples {

  private PointsExamples() {}

  static final String MOVEMENT = "{\"amount\":200,\"reason\":\"Order 2026-0001 paid\",\"reference\":\"order-2026-0001\"}";
  static final String MOVED =
      "{\"memberId\":\"M-10086\",\"entry\":{\"id\":981,\"amount\":200,\"balanceAfter\":1200,\"source\":\"API\","
          + "\"reference\":\"order-2026-0001\",\"reason\":\"Order 2026-0001 paid\",\"at\":\"2026-01-01T08:00:00Z\"},\"balance\":1200}";
  static final String PAGE =
      "{\"memberId\":\"M-10086\",\"page\":0,\"size\":20,\"total\":1,\"items\":[{\"id\":981,\"amount\":200,\"balanceAfter\":1200,"
          + "\"source\":\"API\",\"reference\":\"order-2026-0001\",\"reason\":\"Order 2026-0001 paid\",\"at\":\"2026-01-01T08:00:00Z\"}]}";
  static final String INSUFFICIENT =
      "{\"type\":\"urn:haven:problem:points.insufficient\",\"title\":\"Conflict\",\"status\":409,"
          + "\"detail\":\"Not enough points: balance 100, needed 200\","
          + "\"errors\":[{\"field\":\"amount\",\"message\":\"Not enough points: balance 100, needed 200\"}]}";
}
