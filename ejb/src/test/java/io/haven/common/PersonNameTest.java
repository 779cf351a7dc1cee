package io.haven.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"小王", "مرحبا Wang", "Zoë 🎉", "\u202Eשלום", "O'Brien-Smith", "👨‍👩‍👧", "A", "e\u0301"})
  void namesInAnyScriptPass(String name) {
    assertThat(PersonName.require("  " + name + " ", 50)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "bell\u0007", "back\bspace", "esc\u001b[31m", "two\nlines", "tab\there", "del\u007f",
      "c1\u0085", "half \ud800", "\udc00 low", "non\uffff", "non\ufffe", "\ufdd0x", "line\u2028sep"})
  void controlCharactersAndNonCharactersAreRefused(String name) {
    assertThatThrownBy(() -> PersonName.require(name, 50))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("nickname"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\ufeff", "\u200b\u200b", "\u3164", "\u2800", "\u200d", "\u0301", "\u00a0\u2003"})
  void aNameOfOnlyInvisibleCharactersIsNoName(String name) {
    assertThat(PersonName.isValid(name.strip(), 50)).isFalse();
    assertThatThrownBy(() -> PersonName.require(name, 50)).isInstanceOf(InvalidInput.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {50, 51})
  void theLengthIsBounded(int length) {
    assertThat(PersonName.isValid("x".repeat(length), 50)).isEqualTo(length <= 50);
  }
}
