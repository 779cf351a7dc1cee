package io.haven.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.NotFound;
import io.haven.common.NoTenantSelected;
import io.haven.common.TenantContext;
import io.haven.members.boundary.Members;
import io.haven.tenancy.boundary.ApiCredentials;
import io.haven.tenancy.boundary.AuditLog;
import io.haven.tenancy.boundary.ConsoleUsers;
import io.haven.tenancy.boundary.CurrentEnterprise;
import io.haven.tenancy.boundary.ProductDirectory;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import io.haven.tenancy.entity.LoginScheme;
import io.haven.tenancy.entity.Role;
import io.haven.testing.DomainDeployment;
import io.haven.testing.Tenants;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * T6 at the boundary layer: what enterprise A owns is invisible and untouchable for enterprise B,
 * by id and in every list — the way Hibernate's own TenantIdTest proves it.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("tenant-isolation");
  }

  @Inject Tenants tenants;
  @Inject TenantContext context;
  @Inject Products products;
  @Inject ConsoleUsers users;
  @Inject AuditLog audit;
  @Inject ApiCredentials credentials;
  @Inject CurrentEnterprise enterprise;
  @Inject ProductDirectory directory;
  @Inject Members members;

  @Test
  void anotherTenantsProductIsNotFoundAndNotListed() {
    long a = tenants.open("Alpha Tea");
    long b = tenants.open("Beta Bakery");
    ProductView alphaApp = tenants.as(a, () -> products.add("Alpha App", 10));

    tenants.actAs(b);
    assertThatThrownBy(() -> products.get(alphaApp.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> products.change(alphaApp.id(), alphaApp.version(), "Stolen", 1)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> credentials.issue(alphaApp.id())).isInstanceOf(NotFound.class);
    assertThat(products.list(null, 0, 50).items()).isEmpty();
    assertThat(products.list("Alpha", 0, 50).total()).isZero();
    assertThat(credentials.overview()).isEmpty();

    tenants.actAs(a);
    assertThat(products.get(alphaApp.id()).name()).isEqualTo("Alpha App");
    assertThat(products.list(null, 0, 50).items()).extracting(ProductView::id).containsExactly(alphaApp.id());
  }

  @Test
  void anotherTenantsUsersAndAuditTrailAreInvisible() {
    long a = tenants.open("Gamma Games");
    long b = tenants.open("Delta Drinks");
    var operator = tenants.as(a, () -> users.add("op-" + a, "Gamma Operator", Role.OPERATOR, "Secret-123"));

    tenants.actAs(b);
    assertThat(users.list(null, null, 0, 50).items()).extracting(u -> u.username()).doesNotContain("op-" + a);
    assertThatThrownBy(() -> users.setEnabled(operator.id(), false)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> users.resetPassword(operator.id())).isInstanceOf(NotFound.class);
    assertThat(audit.search(AuditLog.Filter.none(), 0, 200).items())
        .noneMatch(e -> e.summary().contains("op-" + a) || e.summary().contains("Gamma"));

    tenants.actAs(a);
    assertThat(audit.search(AuditLog.Filter.none(), 0, 200).items())
        .anyMatch(e -> e.entityType().equals("ConsoleUser") && e.summary().contains("op-" + a));
  }

  @Test
  void membersOfAnotherTenantsProductCannotBeRead() {
    long a = tenants.open("Epsilon Eats");
    long b = tenants.open("Zeta Zoo");
    ProductView app = tenants.as(a, () -> products.add("Epsilon App", 10));
    tenants.as(a, () -> enterprise.confirmLoginScheme(LoginScheme.HOSTED_LOGIN, null));
    var storefront = directory.byAppId(app.appId()).orElseThrow();
    var member = tenants.as(a, () -> members.signUp(storefront, "13800000001", "Member-123", "Eve"));

    tenants.actAs(b);
    assertThatThrownBy(() -> members.profile(app.id(), member.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> members.changeProfile(app.id(), member.id(), "Mallory", null)).isInstanceOf(NotFound.class);
    // Signing in with A's product while the request belongs to B finds no such member.
    assertThatThrownBy(() -> members.signIn(storefront, "13800000001", "Member-123", "192.0.2.1")).hasMessageContaining("wrong");
  }

  @Test
  void withoutATenantNothingIsReachable() {
    long a = tenants.open("Eta Electronics");
    tenants.as(a, () -> products.add("Eta App", 10));
    context.leave();
    assertThatThrownBy(() -> products.list(null, 0, 50)).isInstanceOf(NoTenantSelected.class);
    assertThatThrownBy(() -> enterprise.view()).isInstanceOf(NoTenantSelected.class);
  }
}
