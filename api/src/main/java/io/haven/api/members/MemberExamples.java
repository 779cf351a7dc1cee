package io.haven.api.members;

/** Bodies as the OpenAPI document shows them. */
public final class MemberExamples {

  private MemberExamples() {}

  public static final String SYNC = "{\"memberId\":\"M-10086\",\"nickname\":\"小王\",\"phone\":\"13800138000\",\"birthday\":\"1990-05-20\"}";
  public static final String MEMBER =
      "{\"memberId\":\"M-10086\",\"nickname\":\"小王\",\"birthday\":\"1990-05-20\",\"pointsBalance\":1200,"
          + "\"createdAt\":\"2026-01-01T08:00:00Z\"}";
  public static final String NOT_FOUND =
      "{\"type\":\"urn:haven:problem:notFound\",\"title\":\"Not found\",\"status\":404,\"detail\":\"Member M-10087 not found\"}";
}
