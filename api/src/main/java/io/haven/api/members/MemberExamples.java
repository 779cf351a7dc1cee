package io.haven.api.members;

/** Bodies as the OpenAPI document shows them. */
public final class MemberExamples {

  private MemberExamples() {}

  public static final String SYNC = "{\"memberId\":\"M-10086\",\"nickname\":\"小王\",\"phone\":\"13800138000\",\"birthday\":\"1990-05-20\"}";
  public static final String MEMBER =
      "{\"memberId\":\"M-10086\",\"nickname\":\"小王\",\"birthday\":\"1990-05-20\",\"pointsBalance\":1200,"
          + "\"growthValue\":1500,\"level\":{\"id\":12,\"name\":\"Gold\",\"minGrowth\":1000},"
          + "\"createdAt\":\"2026-01-01T08:00:00Z\"}";
  public static final String COMPLETION = "{\"memberId\":\"M-10086\",\"occurredAt\":\"2026-01-01T08:00:00Z\",\"reference\":\"order-2026-0001\"}";
  public static final String COMPLETED =
      "{\"memberId\":\"M-10086\",\"taskCode\":\"first-order\",\"occurredAt\":\"2026-01-01T08:00:00Z\",\"reference\":\"order-2026-0001\","
          + "\"growth\":50,\"growthValue\":1500,\"level\":{\"id\":12,\"name\":\"Gold\",\"minGrowth\":1000},"
          + "\"cycle\":{\"index\":20454,\"completion\":1,\"allowed\":3}}";
  public static final String CYCLE_FULL =
      "{\"type\":\"urn:haven:problem:memberTask.cycleFull\",\"title\":\"Conflict\",\"status\":409,"
          + "\"detail\":\"Member task first-order was completed as often as it may be in this cycle: 3 per 1 DAY\","
          + "\"errors\":[{\"field\":\"taskCode\",\"message\":\"Member task first-order was completed as often as it may be in this cycle: 3 per 1 DAY\"}]}";
  public static final String TASK_OFFLINE =
      "{\"type\":\"urn:haven:problem:memberTask.offline\",\"title\":\"Conflict\",\"status\":409,"
          + "\"detail\":\"Member task first-order is offline and takes no completions\","
          + "\"errors\":[{\"field\":\"taskCode\",\"message\":\"Member task first-order is offline and takes no completions\"}]}";
  public static final String TASK_NOT_FOUND =
      "{\"type\":\"urn:haven:problem:notFound\",\"title\":\"Not found\",\"status\":404,\"detail\":\"Member task first-order not found\"}";
  public static final String NOT_FOUND =
      "{\"type\":\"urn:haven:problem:notFound\",\"title\":\"Not found\",\"status\":404,\"detail\":\"Member M-10087 not found\"}";
}
