package io.haven.api.members;

import io.haven.members.boundary.MemberView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member of the calling product, by the enterprise's member id, with their points balance. */
@JsonbPropertyOrder({"memberId", "nickname", "birthday", "pointsBalance", "createdAt"})
@Schema(name = "Member")
public record PartnerMember(
    @Schema(example = "M-10086") String memberId,
    @Schema(example = "小王") String nickname,
    @Schema(example = "1990-05-20") LocalDate birthday,
    @Schema(example = "1200") long pointsBalance,
    Instant createdAt) {

  public static PartnerMember of(MemberView member, long pointsBalance) {
    return new PartnerMember(member.externalId(), member.nickname(), member.birthday(), pointsBalance, member.createdAt());
  }
}
