package io.haven.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.tenancy.boundary.ApiCredentials;
import io.haven.tenancy.boundary.Products;
import io.haven.testing.DomainDeployment;
import io.haven.testing.Tenants;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** V5 credentials: generated per product, sealed at rest, rotated with a grace period. */
@ExtendWith(ArquillianExtension.class)
class ApiCredentialsIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("api-credentials");
  }

  @Inject Tenants tenants;
  @Inject Products products;
  @Inject ApiCredentials credentials;
  @Inject io.haven.tenancy.control.SecretVault vault;

  @Resource(lookup = "java:jboss/datasources/HavenDS")
  DataSource dataSource;

  @Test
  void issuedSecretResolvesAndIsNotStoredInClear() throws Exception {
    long a = tenants.open("Cred Alpha");
    tenants.actAs(a);
    var product = products.add("Cred App", 10);
    var issued = credentials.issue(product.id());
    assertThat(issued.appId()).isEqualTo(product.appId());
    assertThat(issued.secret()).hasSizeGreaterThanOrEqualTo(40);

    var caller = credentials.resolve(product.appId()).orElseThrow();
    assertThat(caller.tenantId()).isEqualTo(a);
    assertThat(caller.productId()).isEqualTo(product.id());
    assertThat(caller.secrets()).containsExactly(issued.secret());

    try (var c = dataSource.getConnection();
        var s = c.prepareStatement("select secret_sealed from api_credential where app_id = ?")) {
      s.setString(1, product.appId());
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        String stored = rs.getString(1);
        assertThat(stored).doesNotContain(issued.secret()).isNotBlank();
        // really encrypted, not merely encoded: Base64 of the secret would pass the line above.
        // AES-GCM: a 12-byte IV, the ciphertext as long as the secret, a 16-byte tag; the
        // plaintext nowhere in the bytes, and only the vault's key opens it
        byte[] raw = java.util.Base64.getDecoder().decode(stored);
        byte[] plain = issued.secret().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(raw).hasSize(12 + plain.length + 16);
        assertThat(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1))
            .doesNotContain(new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(vault.open(stored)).isEqualTo(issued.secret());
        assertThat(vault.seal(issued.secret())).as("a fresh IV each time").isNotEqualTo(stored);
        byte[] otherKey = new byte[32];
        new java.security.SecureRandom().nextBytes(otherKey);
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(javax.crypto.Cipher.DECRYPT_MODE, new javax.crypto.spec.SecretKeySpec(otherKey, "AES"),
            new javax.crypto.spec.GCMParameterSpec(128, raw, 0, 12));
        assertThatThrownBy(() -> cipher.doFinal(raw, 12, raw.length - 12)).isInstanceOf(javax.crypto.AEADBadTagException.class);
      }
    }
    assertThat(credentials.overview()).singleElement().satisfies(st -> assertThat(st.issued()).isTrue());
  }

  @Test
  void rotationKeepsThePreviousSecretForTheGracePeriod() {
    long a = tenants.open("Cred Beta");
    tenants.actAs(a);
    var product = products.add("Rotating App", 10);
    var first = credentials.issue(product.id());
    var second = credentials.issue(product.id());
    assertThat(second.secret()).isNotEqualTo(first.secret());
    assertThat(second.previousValidUntil())
        .isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
    assertThat(credentials.resolve(product.appId()).orElseThrow().secrets()).containsExactly(second.secret(), first.secret());

    var third = credentials.issue(product.id());
    // only the one just replaced is still in grace
    assertThat(credentials.resolve(product.appId()).orElseThrow().secrets()).containsExactly(third.secret(), second.secret());
  }

  @Test
  void theGracePeriodIsChosenPerRotationWithinAWeek() {
    tenants.actAs(tenants.open("Cred Grace"));
    var product = products.add("Grace App", 10);
    credentials.issue(product.id());
    var twoHours = credentials.issue(product.id(), 2);
    assertThat(twoHours.previousValidUntil())
        .isBetween(Instant.now().plus(Duration.ofMinutes(119)), Instant.now().plus(Duration.ofMinutes(121)));
    var none = credentials.issue(product.id(), 0);
    // no grace: only the new secret is valid
    assertThat(credentials.resolve(product.appId()).orElseThrow().secrets()).containsExactly(none.secret());
    for (Integer wrong : new Integer[] {null, -1, 169}) {
      assertThatThrownBy(() -> credentials.issue(product.id(), wrong))
          .isInstanceOf(io.haven.common.InvalidInput.class)
          .extracting(e -> ((io.haven.common.InvalidInput) e).field())
          .isEqualTo("graceHours");
    }
    assertThat(credentials.defaultGraceHours()).isEqualTo(24);
  }

  @Test
  void unknownAppIdResolvesToNothing() {
    assertThat(credentials.resolve("hvunknownunknown00")).isEmpty();
    assertThat(credentials.resolve("x".repeat(500))).isEmpty();
    assertThat(credentials.resolve(null)).isEmpty();
  }
}
