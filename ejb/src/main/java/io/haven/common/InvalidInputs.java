package io.haven.common;

import java.util.List;

/**
 * Several fields of one form break their rules at once. It is itself the first of them (its field,
 * code and message), so a surface that shows one error still shows a true one; the console and
 * the API show {@link #all()}.
 */
public class InvalidInputs extends InvalidInput {

  private final List<InvalidInput> all;

  InvalidInputs(List<InvalidInput> all) {
    super(all.get(0).field(), all.get(0).code(), all.get(0).getMessage());
    this.all = List.copyOf(all);
  }

  /** Every broken field, in the order the form lists them. */
  public List<InvalidInput> all() {
    return all;
  }

  /** The field errors of any refusal: all of an {@link InvalidInputs}, the one of an {@link InvalidInput}, else none. */
  public static List<InvalidInput> of(HavenException broken) {
    if (broken instanceof InvalidInputs many) {
      return many.all();
    }
    return broken instanceof InvalidInput one ? List.of(one) : List.of();
  }
}
