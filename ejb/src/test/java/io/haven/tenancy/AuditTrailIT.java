package io.haven.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.InvalidInput;
import io.haven.tenancy.boundary.AuditEntryView;
import io.haven.tenancy.boundary.AuditLog;
import io.haven.tenancy.boundary.ConsoleUsers;
import io.haven.tenancy.boundary.CurrentEnterprise;
import io.haven.tenancy.boundary.Products;
import io.haven.tenancy.entity.Role;
import io.haven.testing.DomainDeployment;
import io.haven.testing.Tenants;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** T3: every write is audited — who, when, what, before and after — and nothing else is. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("audit-trail");
  }

  @Inject Tenants tenants;
  @Inject CurrentEnterprise enterprise;
  @Inject Products products;
  @Inject ConsoleUsers users;
  @Inject AuditLog audit;

  @Test
  void recordsCreateAndUpdateWithActorAndBeforeAfter() {
    long a = tenants.open("Audit Alpha");
    tenants.actAs(a);
    Instant before = Instant.now().minusSeconds(1);
    var product = products.add("Audit App", 10);
    products.change(product.id(), product.version(), "Audit App 2", 12);
    enterprise.rename("Audit Alpha Renamed");

    List<AuditEntryView> entries = audit.search(AuditLog.Filter.none(), 0, 50).items();
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("CREATE");
      assertThat(e.entityType()).isEqualTo("Product");
      assertThat(e.entityId()).isEqualTo(String.valueOf(product.id()));
      assertThat(e.actor()).isEqualTo("tester@" + a);
      assertThat(e.summary()).contains("name: Audit App").contains("pointsRate: 10");
      assertThat(e.at()).isAfter(before);
    });
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("UPDATE");
      assertThat(e.entityType()).isEqualTo("Product");
      assertThat(e.summary()).contains("name: Audit App → Audit App 2").contains("pointsRate: 10 → 12");
    });
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.entityType()).isEqualTo("Enterprise");
      assertThat(e.summary()).contains("→ Audit Alpha Renamed");
    });
    // newest first
    assertThat(entries.get(0).entityType()).isEqualTo("Enterprise");

    var filtered = audit.search(new AuditLog.Filter(null, "Product", "UPDATE", null, null, null), 0, 50);
    assertThat(filtered.total()).isEqualTo(1);
  }

  @Test
  void secretsNeverReachTheTrail() {
    long a = tenants.open("Audit Beta");
    tenants.actAs(a);
    var user = users.add("audit-op-" + a, "Audit Operator", Role.OPERATOR, "Very-Secret-42");
    users.resetPassword(user.id());
    var entries = audit.search(new AuditLog.Filter(null, "ConsoleUser", null, null, null, null), 0, 50).items();
    assertThat(entries).hasSizeGreaterThanOrEqualTo(2);
    assertThat(entries).allSatisfy(e -> assertThat(e.summary()).doesNotContain("PBKDF2").doesNotContain("Very-Secret-42"));
    assertThat(entries).anySatisfy(e -> assertThat(e.summary()).isEqualTo("passwordHash: changed"));
  }

  @Test
  void aRolledBackWriteLeavesNoEntry() {
    long a = tenants.open("Audit Gamma");
    tenants.actAs(a);
    var product = products.add("Gamma App", 10);
    long entriesBefore = audit.search(AuditLog.Filter.none(), 0, 1).total();
    assertThatThrownBy(() -> products.change(product.id(), product.version(), "Gamma App", 0)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> products.change(product.id(), product.version(), "", 5)).isInstanceOf(InvalidInput.class);
    assertThat(audit.search(AuditLog.Filter.none(), 0, 1).total()).isEqualTo(entriesBefore);
    assertThat(products.get(product.id()).pointsRate()).isEqualTo(10);
  }
}
