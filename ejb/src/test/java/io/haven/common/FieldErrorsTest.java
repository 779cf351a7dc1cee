package io.haven.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldErrorsTest {

  private static InvalidInput on(String field) {
    return new InvalidInput(field, "code." + field, "Bad " + field);
  }

  @Test
  void nothingFoundThrowsNothing() {
    FieldErrors errors = new FieldErrors();
    errors.check(() -> {});
    assertThat(errors.value(() -> 7L, -1L)).isEqualTo(7L);
    assertThatCode(errors::throwIfAny).doesNotThrowAnyException();
  }

  @Test
  void oneErrorIsThrownAsItself() {
    FieldErrors errors = new FieldErrors();
    InvalidInput name = on("name");
    assertThat(errors.value(() -> { throw name; }, -1L)).isEqualTo(-1L);
    assertThatThrownBy(errors::throwIfAny).isSameAs(name);
  }

  @Test
  void severalAreThrownTogetherInOrderOneAFieldTheFirstBeingTheFace() {
    FieldErrors errors = new FieldErrors();
    errors.add(on("name"));
    errors.check(() -> { throw on("price"); });
    errors.add(new InvalidInput("name", "code.other", "A second reason for the name"));
    assertThatThrownBy(errors::throwIfAny)
        .isInstanceOfSatisfying(
            InvalidInputs.class,
            e -> {
              assertThat(e.all()).extracting(InvalidInput::field).containsExactly("name", "price");
              assertThat(e.field()).isEqualTo("name");
              assertThat(e.code()).isEqualTo("code.name");
              assertThat(e.kind()).isEqualTo(HavenException.Kind.INVALID);
            });
  }

  @Test
  void aLaterRefusalIsMergedAndTheEarlierErrorOfAFieldWins() {
    FieldErrors typed = new FieldErrors();
    typed.add(new InvalidInput("price", "amount.invalid", "Two decimals at most"));
    FieldErrors boundary = new FieldErrors();
    boundary.add(on("name"));
    boundary.add(on("price"));
    HavenException shown = null;
    try {
      boundary.throwIfAny();
    } catch (InvalidInput later) {
      shown = typed.with(later);
    }
    assertThat(InvalidInputs.of(shown)).extracting(InvalidInput::code).containsExactly("amount.invalid", "code.name");
  }

  @Test
  void aRuleRefusalIsShownAloneWhenNoFieldWasWrong() {
    HavenException rule = new NotFound("Goods", 1);
    assertThat(new FieldErrors().with(rule)).isSameAs(rule);
    assertThat(InvalidInputs.of(rule)).isEmpty();
  }
}
