package io.haven.tenancy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordsTest {

  private final Passwords passwords = new Passwords();

  @Test
  void hashesAreSaltedAndVerify() {
    String a = passwords.hash("password", "Correct-Horse-1");
    String b = passwords.hash("password", "Correct-Horse-1");
    assertThat(a).startsWith("PBKDF2WithHmacSHA256:210000:").isNotEqualTo(b);
    assertThat(passwords.matches("Correct-Horse-1", a)).isTrue();
    assertThat(passwords.matches("Correct-Horse-2", a)).isFalse();
    assertThat(passwords.matches("Correct-Horse-1", "garbage")).isFalse();
    assertThat(passwords.matches(null, a)).isFalse();
  }

  @Test
  void policyNamesTheField() {
    for (String weak : new String[] {null, "short1", "allletters", "12345678", "a1".repeat(65)}) {
      assertThatThrownBy(() -> passwords.hash("newPassword", weak))
          .isInstanceOf(InvalidInput.class)
          .extracting(e -> ((InvalidInput) e).field())
          .isEqualTo("newPassword");
    }
  }
}
