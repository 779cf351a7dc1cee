package io.haven.inventory.entity;

import java.time.Instant;

/** One period of a redemption limit: {@code [start, end)}. */
public record LimitWindow(Instant start, Instant end) {

  public boolean contains(Instant at) {
    return !at.isBefore(start) && at.isBefore(end);
  }
}
