package io.haven.members.boundary;

import io.haven.common.HavenException;

/** Two syncs created the same new member at the same moment: the other one won, try again. */
public class MemberSyncRaced extends HavenException {

  private MemberSyncRaced() {
    super(Kind.BUSY, "member.sync.raced", null, "This member is being created by another request; try again");
  }

  static MemberSyncRaced create() {
    return new MemberSyncRaced();
  }
}
