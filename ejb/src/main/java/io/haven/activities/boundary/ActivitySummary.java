package io.haven.activities.boundary;

import io.haven.activities.entity.Activity;
import java.time.Instant;

/**
 * A row of the console's activity list: what it is, when it runs, whether it has ended (A2: after
 * the end it shows as expired whatever its status), and how many plays and wins it has had — a
 * played activity cannot be deleted, only taken offline.
 */
public record ActivitySummary(
    long id, long productId, String type, String status, String title, Instant startsAt, Instant endsAt, boolean ended, long plays, long wins,
    String seedCommitment) {

  static ActivitySummary of(Activity a, long[] playsAndWins, Instant now) {
    return new ActivitySummary(a.getId(), a.getProductId(), a.getType().name(), a.getStatus().name(), a.getTitle(), a.getStartsAt(), a.getEndsAt(),
        a.hasEndedAt(now), playsAndWins[0], playsAndWins[1], a.getSeedCommitment());
  }
}
