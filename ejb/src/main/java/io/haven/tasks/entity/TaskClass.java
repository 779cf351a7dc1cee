package io.haven.tasks.entity;

/** The four groups of templates (K1); the FREE edition may use RETENTION only. */
public enum TaskClass {
  RETENTION,
  ACQUISITION,
  COMMERCIAL,
  CARE
}
