package io.haven.members.boundary;

/** A member after a partner's sync: whether Haven saw them for the first time. */
public record SyncedMember(MemberView member, boolean created) {}
