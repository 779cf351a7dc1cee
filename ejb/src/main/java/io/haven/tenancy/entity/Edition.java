package io.haven.tenancy.entity;

/** What an enterprise has paid for (SPEC T1). */
public enum Edition {
  /** Only retention tasks, at most 3 activities, no full logistics tracking. */
  FREE,
  PAID
}
