package io.haven.common;

import java.util.List;

/** One page of a list and the size of the whole filtered list. */
public record Page<T>(List<T> items, long total) {
  public Page {
    items = List.copyOf(items);
  }
}
