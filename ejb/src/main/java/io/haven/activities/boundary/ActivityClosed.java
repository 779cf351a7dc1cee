package io.haven.activities.boundary;

import io.haven.common.HavenException;
import java.time.Instant;

/**
 * The activity cannot be played now: it is not online ("status abnormal" on the storefront), has
 * not started yet, or has ended. Found before anything is locked or written.
 */
public class ActivityClosed extends HavenException {

  private ActivityClosed(String code, String message) {
    super(Kind.CONFLICT, code, null, message);
  }

  public static ActivityClosed offline(long activityId) {
    return new ActivityClosed("activity.offline", "Activity " + activityId + " is not online");
  }

  public static ActivityClosed notStarted(Instant startsAt) {
    return new ActivityClosed("activity.notStarted", "The activity starts at " + startsAt);
  }

  public static ActivityClosed ended(Instant endsAt) {
    return new ActivityClosed("activity.ended", "The activity ended at " + endsAt);
  }
}
