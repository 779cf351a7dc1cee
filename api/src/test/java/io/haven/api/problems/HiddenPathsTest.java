package io.haven.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HiddenPathsTest {

  @Test
  void theFoldersUndertowRefusesAreHiddenInAnyCase() {
    assertThat(HiddenPaths.isHidden("/WEB-INF/web.xml")).isTrue();
    assertThat(HiddenPaths.isHidden("//web-inf")).isTrue();
    assertThat(HiddenPaths.isHidden("/Meta-Inf/MANIFEST.MF")).isTrue();
  }

  @Test
  void apiPathsAreNot() {
    assertThat(HiddenPaths.isHidden("/v1/ping")).isFalse();
    assertThat(HiddenPaths.isHidden("/")).isFalse();
    assertThat(HiddenPaths.isHidden("")).isFalse();
    assertThat(HiddenPaths.isHidden("/v1/web-inf")).isFalse();
  }
}
