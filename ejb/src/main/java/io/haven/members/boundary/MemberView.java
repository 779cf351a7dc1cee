package io.haven.members.boundary;

import io.haven.members.entity.Member;
import java.time.Instant;
import java.time.LocalDate;

/** A member as the storefront and console show them. */
public record MemberView(
    long id, long productId, String phone, String externalId, String nickname, LocalDate birthday, Instant createdAt) {

  static MemberView of(Member m) {
    return new MemberView(
        m.getId(), m.getProductId(), m.getPhone(), m.getExternalId(), m.getNickname(), m.getBirthday(), m.getCreatedAt());
  }
}
