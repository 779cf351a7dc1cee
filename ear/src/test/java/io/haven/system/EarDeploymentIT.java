package io.haven.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR as built deploys, migrates its schema, and opens enterprises. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarDeploymentIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void opensTwoSeparateEnterprises() {
    var a = Fixtures.openEnterprise("Smoke A", "HOSTED_LOGIN", null);
    var b = Fixtures.openEnterprise("Smoke B", null, null);
    assertThat(a.tenantId()).isNotEqualTo(b.tenantId());
    assertThat(a.appId()).matches("hv[a-z0-9]{16}").isNotEqualTo(b.appId());
    assertThat(a.apiSecret()).hasSizeGreaterThan(30);
  }
}
