package io.haven.members.boundary;

import java.time.Instant;

/** A member as the console's members list shows them: who, which product, growth, level, points. */
public record MemberSummary(
    long id,
    long productId,
    String phone,
    String externalId,
    String nickname,
    long growthValue,
    LevelView level,
    long pointsBalance,
    Instant createdAt) {

  public String levelName() {
    return level == null ? null : level.name();
  }
}
