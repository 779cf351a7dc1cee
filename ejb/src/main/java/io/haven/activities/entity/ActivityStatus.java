package io.haven.activities.entity;

/** DRAFT until published; ONLINE can be played (within its start and end); OFFLINE cannot. */
public enum ActivityStatus {
  DRAFT,
  ONLINE,
  OFFLINE
}
