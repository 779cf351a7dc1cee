package io.haven.tenancy.boundary;

import io.haven.common.HavenException;

/** Someone else saved the same record since it was opened: reload and edit again. */
public class StaleEdit extends HavenException {
  public StaleEdit(String what) {
    super(Kind.CONFLICT, "stale", null, what + " was changed by someone else; reload and try again");
  }
}
