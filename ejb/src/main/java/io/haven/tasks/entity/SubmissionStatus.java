package io.haven.tasks.entity;

/** Where an upload-receipt submission stands (K4). Decided once: PENDING to one of the others. */
public enum SubmissionStatus {
  PENDING,
  APPROVED,
  REJECTED
}
