package io.haven.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.InvalidInput;
import io.haven.common.TenantContext;
import io.haven.tenancy.boundary.CurrentEnterprise;
import io.haven.tenancy.boundary.ProductDirectory;
import io.haven.tenancy.boundary.Products;
import io.haven.tenancy.control.LoginSchemeAlreadyConfirmed;
import io.haven.tenancy.entity.LoginScheme;
import io.haven.testing.DomainDeployment;
import io.haven.testing.Tenants;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** T4: the login scheme is confirmed once, never changed — also when two admins click at once. */
@ExtendWith(ArquillianExtension.class)
class LoginSchemeConfirmationIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("login-scheme");
  }

  @Inject Tenants tenants;
  @Inject CurrentEnterprise enterprise;
  @Inject Products products;
  @Inject ProductDirectory directory;
  @Inject Instance<TenantContext> contexts;
  @Inject Instance<CurrentEnterprise> enterprises;
  @Inject RequestContextController requestContext;
  @Resource ManagedExecutorService executor;

  @Test
  void ownLoginNeedsAnHttpCallbackUrl() {
    long a = tenants.open("Callback Co");
    tenants.actAs(a);
    for (String bad : new String[] {null, "", "ftp://x.example/cb", "not a url", "https://", "/relative/path", "javascript:alert(1)"}) {
      assertThatThrownBy(() -> enterprise.confirmLoginScheme(LoginScheme.OWN_LOGIN, bad))
          .as("callback %s", bad)
          .isInstanceOf(InvalidInput.class)
          .extracting(e -> ((InvalidInput) e).field())
          .isEqualTo("callbackUrl");
    }
    assertThat(enterprise.view().loginScheme()).isNull();

    var confirmed = enterprise.confirmLoginScheme(LoginScheme.OWN_LOGIN, " https://login.example.com/state ");
    assertThat(confirmed.loginScheme()).isEqualTo(LoginScheme.OWN_LOGIN);
    assertThat(confirmed.loginCallbackUrl()).isEqualTo("https://login.example.com/state");
    assertThat(confirmed.loginSchemeConfirmedBy()).isEqualTo("tester@" + a);
  }

  /**
   * The storefront resolves every request's appId through a cache; a confirmation (or a rename)
   * must be seen by the next request, not after the cache expires.
   */
  @Test
  void theStorefrontDirectorySeesAConfirmationAndARenameAtOnce() {
    long a = tenants.open("Directory Co");
    tenants.actAs(a);
    var product = products.add("Directory App", 10);
    assertThat(directory.byAppId(product.appId()).orElseThrow().loginScheme()).isNull();
    assertThat(directory.byAppId(product.appId()).orElseThrow().loginScheme()).as("now cached").isNull();
    enterprise.confirmLoginScheme(LoginScheme.HOSTED_LOGIN, null);
    assertThat(directory.byAppId(product.appId()).orElseThrow().loginScheme()).isEqualTo(LoginScheme.HOSTED_LOGIN);
    enterprise.rename("Directory Co Renamed");
    assertThat(directory.byAppId(product.appId()).orElseThrow().enterpriseName()).isEqualTo("Directory Co Renamed");
  }

  @Test
  void confirmedSchemeNeverChanges() {
    long a = tenants.open("Once Only");
    tenants.actAs(a);
    enterprise.confirmLoginScheme(LoginScheme.HOSTED_LOGIN, null);
    assertThatThrownBy(() -> enterprise.confirmLoginScheme(LoginScheme.OWN_LOGIN, "https://x.example/cb"))
        .isInstanceOf(LoginSchemeAlreadyConfirmed.class);
    assertThatThrownBy(() -> enterprise.confirmLoginScheme(LoginScheme.HOSTED_LOGIN, null))
        .isInstanceOf(LoginSchemeAlreadyConfirmed.class);
    assertThat(enterprise.view().loginScheme()).isEqualTo(LoginScheme.HOSTED_LOGIN);
  }

  /**
   * Two confirmations released at the same instant, ten times over: exactly one wins each time and
   * the other is told the scheme is already confirmed. Without the row lock both read "not
   * confirmed"; the loser then fails on the version check with a different error (or, without a
   * version, overwrites the winner) and this test fails.
   */
  @Test
  void twoConcurrentConfirmationsConfirmOnce() throws Exception {
    for (int round = 0; round < 10; round++) {
      long tenantId = tenants.open("Race " + round);
      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<Object>> outcomes = new ArrayList<>();
      LoginScheme[] choices = {LoginScheme.HOSTED_LOGIN, LoginScheme.OWN_LOGIN};
      for (LoginScheme choice : choices) {
        outcomes.add(executor.submit(() -> confirmAs(tenantId, choice, start)));
      }
      int won = 0;
      int refused = 0;
      for (Future<Object> outcome : outcomes) {
        Object result = outcome.get(30, TimeUnit.SECONDS);
        if (result instanceof LoginSchemeAlreadyConfirmed) {
          refused++;
        } else if (result instanceof LoginScheme) {
          won++;
        } else {
          throw new AssertionError("unexpected outcome " + result, result instanceof Throwable t ? t : null);
        }
      }
      assertThat(won).as("round %d winners", round).isEqualTo(1);
      assertThat(refused).as("round %d refusals", round).isEqualTo(1);
    }
  }

  private Object confirmAs(long tenantId, LoginScheme scheme, CyclicBarrier start) throws Exception {
    requestContext.activate();
    try {
      contexts.get().enterTenant(tenantId, "racer-" + scheme);
      start.await(10, TimeUnit.SECONDS);
      try {
        return enterprises.get().confirmLoginScheme(scheme, "https://racer.example/cb").loginScheme();
      } catch (LoginSchemeAlreadyConfirmed e) {
        return e;
      } catch (RuntimeException e) {
        return e;
      }
    } finally {
      requestContext.deactivate();
    }
  }
}
