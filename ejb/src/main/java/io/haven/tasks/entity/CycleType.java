package io.haven.tasks.entity;

/** The calendar unit a task's cycle is counted in (K2), in the enterprise's time zone. */
public enum CycleType {
  HOUR,
  DAY,
  YEAR
}
