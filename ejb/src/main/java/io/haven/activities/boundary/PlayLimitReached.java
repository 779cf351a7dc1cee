package io.haven.activities.boundary;

import io.haven.activities.entity.PlayCounter;
import io.haven.common.HavenException;
import java.util.Locale;

/**
 * A play would pass a limit; nothing was taken. The code names which:
 * {@code activity.limit.day} (plays per day), {@code .user} (per account and period) or
 * {@code .device} (per device and period).
 */
public class PlayLimitReached extends HavenException {

  private final PlayCounter.Kind limit;

  public PlayLimitReached(PlayCounter.Kind limit, int allowed) {
    super(Kind.CONFLICT, "activity.limit." + limit.name().toLowerCase(Locale.ROOT), null,
        "The " + limit.name().toLowerCase(Locale.ROOT) + " limit of " + allowed + " plays is used up");
    this.limit = limit;
  }

  public PlayCounter.Kind limit() {
    return limit;
  }
}
