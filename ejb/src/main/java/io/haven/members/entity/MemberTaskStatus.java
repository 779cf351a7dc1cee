package io.haven.members.entity;

/** Whether a member task takes completions now (V4). */
public enum MemberTaskStatus {
  ONLINE,
  OFFLINE
}
