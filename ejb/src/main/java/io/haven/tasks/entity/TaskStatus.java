package io.haven.tasks.entity;

/** Whether members see and can complete a task; editing needs OFFLINE (K2). */
public enum TaskStatus {
  ONLINE,
  OFFLINE
}
