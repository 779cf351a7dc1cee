package io.haven.api.members;

import io.haven.members.boundary.LevelView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member level as partners see it (V3). */
@JsonbPropertyOrder({"id", "name", "minGrowth"})
@Schema(name = "MemberLevel")
public record PartnerLevel(
    @Schema(example = "12") long id, @Schema(example = "Gold") String name, @Schema(example = "1000") long minGrowth) {

  public static PartnerLevel of(LevelView level) {
    return level == null ? null : new PartnerLevel(level.id(), level.name(), level.minGrowth());
  }
}
