package io.haven.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The field errors of one form, gathered in one pass so the user sees every one of them at once
 * instead of fixing one, submitting, and meeting the next. A check that throws {@link InvalidInput}
 * is recorded and the form goes on; {@link #throwIfAny()} ends the pass before anything is written.
 * At most one error per field is kept: the first check of a field is the one that explains it.
 */
public final class FieldErrors {

  private final List<InvalidInput> found = new ArrayList<>();

  /** Runs a check; its {@link InvalidInput}, if any, is kept. */
  public void check(Runnable check) {
    try {
      check.run();
    } catch (InvalidInput broken) {
      add(broken);
    }
  }

  /** The value a step answers, or {@code fallback} when the step refused the input (kept). */
  public <T> T value(Supplier<T> step, T fallback) {
    try {
      return step.get();
    } catch (InvalidInput broken) {
      add(broken);
      return fallback;
    }
  }

  public void add(InvalidInput broken) {
    for (InvalidInput each : InvalidInputs.of(broken)) {
      if (each.field() == null || found.stream().noneMatch(f -> each.field().equals(f.field()))) {
        found.add(each);
      }
    }
  }

  /**
   * Adds the errors of a later refusal and answers what to show: these errors first (a field's
   * first error wins), then the refusal's. A refusal that is not about fields (a rule, a missing
   * row) is answered alone when nothing was found before it.
   */
  public HavenException with(HavenException later) {
    if (!(later instanceof InvalidInput invalid)) {
      return found.isEmpty() ? later : combined();
    }
    add(invalid);
    return combined();
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public List<InvalidInput> list() {
    return List.copyOf(found);
  }

  /** Ends the pass: nothing found, nothing thrown; one error as itself; several together. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw combined();
    }
  }

  private InvalidInput combined() {
    return found.size() == 1 ? found.get(0) : new InvalidInputs(found);
  }
}
