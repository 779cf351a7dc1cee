package io.haven.tasks.entity;

import java.time.Instant;

/**
 * One cycle of a task: {@code [start, end)}. {@code index} numbers the cycles, so that completion
 * rows can carry it in a unique constraint and two racing completions cannot both take the last
 * place in a cycle.
 */
public record CycleWindow(long index, Instant start, Instant end) {

  public boolean contains(Instant at) {
    return !at.isBefore(start) && at.isBefore(end);
  }
}
