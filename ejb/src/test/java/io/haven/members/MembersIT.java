package io.haven.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.HavenException;
import io.haven.common.InvalidInput;
import io.haven.members.boundary.MemberRuleBroken;
import io.haven.members.boundary.Members;
import io.haven.tenancy.boundary.CurrentEnterprise;
import io.haven.tenancy.boundary.ProductDirectory;
import io.haven.tenancy.boundary.Products;
import io.haven.tenancy.boundary.StorefrontProduct;
import io.haven.tenancy.entity.LoginScheme;
import io.haven.testing.DomainDeployment;
import io.haven.testing.FakeEnterpriseLogin;
import io.haven.testing.Tenants;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** V1 members: hosted accounts, members vouched for by the enterprise (OWN_LOGIN), profiles. */
@ExtendWith(ArquillianExtension.class)
class MembersIT {

  static final String DEPLOYMENT = "members";

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create(DEPLOYMENT);
  }

  @Inject Tenants tenants;
  @Inject Products products;
  @Inject CurrentEnterprise enterprise;
  @Inject ProductDirectory directory;
  @Inject Members members;

  private StorefrontProduct storefront(String name, LoginScheme scheme, String callbackUrl) {
    long tenant = tenants.open(name);
    tenants.actAs(tenant);
    var product = products.add(name + " App", 10);
    enterprise.confirmLoginScheme(scheme, callbackUrl);
    return directory.byAppId(product.appId()).orElseThrow();
  }

  @Test
  void hostedSignUpSignInAndProfile() {
    var store = storefront("Hosted Co", LoginScheme.HOSTED_LOGIN, null);
    var member = members.signUp(store, " 13900000001 ", "Member-Pass-1", null);
    assertThat(member.phone()).isEqualTo("13900000001");
    assertThat(member.nickname()).isEqualTo("****0001");

    assertThat(members.signIn(store, "13900000001", "Member-Pass-1", "192.0.2.1").id()).isEqualTo(member.id());
    assertThatThrownBy(() -> members.signIn(store, "13900000001", "wrong-Pass-1", "192.0.2.1")).isInstanceOf(MemberRuleBroken.class)
        .extracting(e -> ((HavenException) e).kind()).isEqualTo(HavenException.Kind.UNAUTHORIZED);
    assertThatThrownBy(() -> members.signIn(store, "13900000009", "Member-Pass-1", "192.0.2.1")).isInstanceOf(MemberRuleBroken.class);

    var changed = members.changeProfile(store.productId(), member.id(), "Coffee Lover", LocalDate.of(1990, 5, 17));
    assertThat(changed.nickname()).isEqualTo("Coffee Lover");
    assertThat(members.profile(store.productId(), member.id()).birthday()).isEqualTo(LocalDate.of(1990, 5, 17));
  }

  @Test
  void badSignUpsAreRefusedWithTheField() {
    var store = storefront("Strict Co", LoginScheme.HOSTED_LOGIN, null);
    assertField(() -> members.signUp(store, "12ab", "Member-Pass-1", "x"), "phone");
    assertField(() -> members.signUp(store, "13900000002", "short", "x"), "password");
    assertField(() -> members.signUp(store, "13900000002", "no-digits-here", "x"), "password");
    assertField(() -> members.signUp(store, "13900000002", "Member-Pass-1", "n".repeat(51)), "nickname");
    members.signUp(store, "13900000002", "Member-Pass-1", "First");
    assertThatThrownBy(() -> members.signUp(store, "13900000002", "Member-Pass-2", "Second"))
        .isInstanceOf(MemberRuleBroken.class).extracting(e -> ((HavenException) e).field()).isEqualTo("phone");
    var member = members.signIn(store, "13900000002", "Member-Pass-1", "192.0.2.1");
    assertField(() -> members.changeProfile(store.productId(), member.id(), "ok", LocalDate.now().plusDays(1)), "birthday");
  }

  @Test
  void ownLoginTrustsOnlyWhatTheEnterpriseVouchesFor() {
    var store = storefront("Own Co", LoginScheme.OWN_LOGIN, FakeEnterpriseLogin.url(DEPLOYMENT));
    var first = members.signInWithEnterpriseToken(store, "good-E1001");
    assertThat(first.externalId()).isEqualTo("E1001");
    assertThat(first.nickname()).isEqualTo("Member E1001");
    assertThat(members.signInWithEnterpriseToken(store, "good-E1001").id()).as("same member next time").isEqualTo(first.id());

    assertThatThrownBy(() -> members.signInWithEnterpriseToken(store, "forged")).isInstanceOf(MemberRuleBroken.class)
        .extracting(e -> ((HavenException) e).kind()).isEqualTo(HavenException.Kind.UNAUTHORIZED);
    assertThatThrownBy(() -> members.signInWithEnterpriseToken(store, "broken")).isInstanceOf(MemberRuleBroken.class)
        .extracting(e -> ((HavenException) e).kind()).isEqualTo(HavenException.Kind.UNAVAILABLE);
    // hosted sign-up is not how this storefront's members sign in
    assertThatThrownBy(() -> members.signUp(store, "13900000003", "Member-Pass-1", "x")).isInstanceOf(MemberRuleBroken.class)
        .extracting(e -> ((HavenException) e).kind()).isEqualTo(HavenException.Kind.FORBIDDEN);
  }

  @Test
  void unreachableEnterpriseIsUnavailableNotAnError() {
    var store = storefront("Down Co", LoginScheme.OWN_LOGIN, "http://127.0.0.1:9/nothing-listens-here");
    assertThatThrownBy(() -> members.signInWithEnterpriseToken(store, "good-1")).isInstanceOf(MemberRuleBroken.class)
        .extracting(e -> ((HavenException) e).kind()).isEqualTo(HavenException.Kind.UNAVAILABLE);
  }

  private static void assertField(Runnable call, String field) {
    assertThatThrownBy(call::run).isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo(field);
  }
}
