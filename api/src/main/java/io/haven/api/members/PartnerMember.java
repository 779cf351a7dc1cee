package io.haven.api.members;

import io.haven.members.boundary.MemberStanding;
import io.haven.members.boundary.MemberView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member of the calling product, by the enterprise's member id, with their points balance,
 * growth value and the level it reaches ({@code level} is absent below the first level).
 */
@JsonbPropertyOrder({"memberId", "nickname", "birthday", "pointsBalance", "growthValue", "level", "createdAt"})
@Schema(name = "Member")
public record PartnerMember(
    @Schema(example = "M-10086") String memberId,
    @Schema(example = "小王") String nickname,
    @Schema(example = "1990-05-20") LocalDate birthday,
    @Schema(example = "1200") long pointsBalance,
    @Schema(example = "1500") long growthValue,
    @Schema(description = "The level the growth value reaches; absent below the first level.") PartnerLevel level,
    Instant createdAt) {

  public static PartnerMember of(MemberView member, long pointsBalance, MemberStanding standing) {
    return new PartnerMember(
        member.externalId(), member.nickname(), member.birthday(), pointsBalance, standing.growthValue(),
        PartnerLevel.of(standing.level()), member.createdAt());
  }
}
