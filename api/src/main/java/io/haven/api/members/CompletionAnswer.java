package io.haven.api.members;

import io.haven.members.boundary.TaskCompletion;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a completion: the growth it added, the member's growth value and level after it. */
@JsonbPropertyOrder({"memberId", "taskCode", "occurredAt", "reference", "growth", "growthValue", "level", "cycle"})
@Schema(name = "MemberTaskCompleted")
public record CompletionAnswer(
    @Schema(example = "M-10086") String memberId,
    @Schema(example = "first-order") String taskCode,
    Instant occurredAt,
    @Schema(example = "order-2026-0001") String reference,
    @Schema(description = "Growth value this completion added.", example = "50") int growth,
    @Schema(description = "The member's growth value after it.", example = "1500") long growthValue,
    @Schema(description = "The level the growth value reaches; absent below the first level.") PartnerLevel level,
    Cycle cycle) {

  static CompletionAnswer of(String memberId, TaskCompletion c) {
    return new CompletionAnswer(
        memberId, c.taskCode(), c.occurredAt(), c.reference(), c.growth(), c.growthAfter(), PartnerLevel.of(c.level()),
        new Cycle(c.cycleIndex(), c.seq(), c.perCycle()));
  }

  /** The cycle the completion fell in: which completion of how many allowed. */
  @JsonbPropertyOrder({"index", "completion", "allowed"})
  @Schema(name = "MemberTaskCycle")
  public record Cycle(
      @Schema(description = "Number of the cycle, counted from 1970 in the enterprise's time zone.", example = "20454") long index,
      @Schema(example = "1") int completion,
      @Schema(example = "3") int allowed) {}
}
