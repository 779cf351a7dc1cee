package io.haven.tenancy.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.tenancy.control.LoginSchemeAlreadyConfirmed;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnterpriseTest {

  @Test
  void loginSchemeIsConfirmedOnce() {
    Enterprise e = new Enterprise("Demo", Edition.FREE, Instant.now());
    assertThat(e.isLoginSchemeConfirmed()).isFalse();
    e.confirmLoginScheme(LoginScheme.HOSTED_LOGIN, "https://ignored.example", "admin", Instant.now());
    assertThat(e.getLoginScheme()).isEqualTo(LoginScheme.HOSTED_LOGIN);
    assertThat(e.getLoginCallbackUrl()).as("only OWN_LOGIN keeps a callback").isNull();
    assertThatThrownBy(() -> e.confirmLoginScheme(LoginScheme.OWN_LOGIN, "https://x.example", "admin", Instant.now()))
        .isInstanceOf(LoginSchemeAlreadyConfirmed.class);
    assertThat(e.getLoginScheme()).isEqualTo(LoginScheme.HOSTED_LOGIN);
  }

  @Test
  void nameIsRequiredAndBounded() {
    assertThatThrownBy(() -> new Enterprise(" ", Edition.PAID, Instant.now())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Enterprise("x".repeat(101), Edition.PAID, Instant.now())).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Enterprise("  Demo Coffee ", Edition.PAID, Instant.now()).getName()).isEqualTo("Demo Coffee");
  }
}
