package io.haven.tenancy.boundary;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.InvalidInput;
import org.junit.jupiter.api.Test;

class CallbackUrlTest {

  @Test
  void acceptsHttpAndHttpsOnly() {
    assertThatCode(() -> CurrentEnterprise.requireHttpUrl("https://login.example.com/state")).doesNotThrowAnyException();
    assertThatCode(() -> CurrentEnterprise.requireHttpUrl("http://10.0.0.5:8080/cb?x=1")).doesNotThrowAnyException();
    for (String bad : new String[] {null, "", "   ", "ftp://x/y", "https://", "mailto:a@b.c", "javascript:alert(1)", "no scheme", "https://" + "a".repeat(500)}) {
      assertThatThrownBy(() -> CurrentEnterprise.requireHttpUrl(bad)).as(String.valueOf(bad)).isInstanceOf(InvalidInput.class);
    }
  }
}
