package io.haven.system.api;

import io.haven.system.Fixtures;

/**
 * Two enterprises for one test class, opened on first use (after Arquillian deployed the EAR, which
 * a static initialiser or {@code @BeforeAll} would run before): A with hosted login confirmed, B
 * not yet confirmed. A test acts as A and proves B's data is out of reach, or the other way round.
 */
final class EnterprisePair {

  private final String name;
  private Fixtures.Enterprise a;
  private Fixtures.Enterprise b;

  EnterprisePair(String name) {
    this.name = name;
  }

  synchronized Fixtures.Enterprise a() {
    if (a == null) {
      a = Fixtures.openEnterprise(name + " A", "HOSTED_LOGIN", null);
    }
    return a;
  }

  synchronized Fixtures.Enterprise b() {
    if (b == null) {
      b = Fixtures.openEnterprise(name + " B", null, null);
    }
    return b;
  }
}
