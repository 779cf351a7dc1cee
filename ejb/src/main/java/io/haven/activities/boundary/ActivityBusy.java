package io.haven.activities.boundary;

import io.haven.common.HavenException;

/** A row a play needed (the prize, a counter) was locked by others for too long: try again. */
public class ActivityBusy extends HavenException {
  public ActivityBusy(String what) {
    super(Kind.BUSY, "activity.busy", null, what + " is busy; try again");
  }
}
