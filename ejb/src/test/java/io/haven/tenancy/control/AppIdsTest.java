package io.haven.tenancy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppIdsTest {

  @Test
  void generatedIdsAreWellFormedAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = AppIds.next();
      assertThat(AppIds.looksValid(id)).isTrue();
      assertThat(seen.add(id)).isTrue();
    }
  }

  @Test
  void rejectsAnythingElse() {
    assertThat(AppIds.looksValid(null)).isFalse();
    assertThat(AppIds.looksValid("hvABCDEFGHIJKLMNOP")).isFalse();
    assertThat(AppIds.looksValid("hv123")).isFalse();
    assertThat(AppIds.looksValid("../../etc/passwd")).isFalse();
  }
}
