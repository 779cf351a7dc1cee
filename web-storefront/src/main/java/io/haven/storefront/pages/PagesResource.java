package io.haven.storefront.pages;

import io.haven.storefront.common.SeeOther;
import io.haven.common.NotFound;
import io.haven.members.boundary.Members;
import io.haven.points.boundary.PointsLedger;
import io.haven.storefront.common.FailureAnswers;
import io.haven.storefront.common.PageShell;
import io.haven.storefront.members.MemberProfile;
import io.haven.storefront.members.MemberSession;
import io.haven.storefront.tenancy.CurrentStorefront;
import io.haven.tenancy.boundary.StorefrontProduct;
import io.haven.tenancy.entity.LoginScheme;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The page URLs of one product's storefront. Each answers its HTML shell with the product and, when
 * signed in, the member already filled in, so a phone on a slow network draws the page from one
 * request plus cached assets.
 */
@Path("{appId}")
@Produces("text/html;charset=UTF-8")
@RequestScoped
public class PagesResource {

  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Inject Members members;
  @Inject PointsLedger ledger;
  @Inject PageShell shell;
  @Inject ServletContext servlet;

  /** Home; an OWN_LOGIN enterprise's app may link here with {@code ?token=} to sign its member in. */
  @GET
  public Response home(@QueryParam("token") String token) {
    return token != null ? page("own-login", Optional.empty()) : page("home", member());
  }

  @GET
  @Path("sign-in")
  public Response signIn() {
    return member().isPresent() ? toHome() : page("sign-in", Optional.empty());
  }

  @GET
  @Path("sign-up")
  public Response signUp() {
    return member().isPresent() ? toHome() : page("sign-up", Optional.empty());
  }

  @GET
  @Path("profile")
  public Response profile() {
    Optional<MemberProfile> member = member();
    if (member.isEmpty()) {
      return SeeOther.to(home() + "sign-in?next=profile");
    }
    return page("profile", member);
  }

  @GET
  @Path("own-login")
  public Response ownLogin() {
    return page("own-login", Optional.empty());
  }

  private Optional<MemberProfile> member() {
    long productId = storefront.product().productId();
    try {
      return session.memberId().map(id -> MemberProfile.of(members.profile(productId, id)));
    } catch (NotFound gone) {
      session.signOut(); // the member no longer exists: show the page as to a guest
      return Optional.empty();
    }
  }

  private Response page(String template, Optional<MemberProfile> member) {
    StorefrontProduct product = storefront.product();
    Map<String, String> values = new HashMap<>();
    values.put("appId", product.appId());
    values.put("home", home());
    values.put("productName", product.productName());
    values.put("enterpriseName", product.enterpriseName());
    values.put("login", loginMode(product.loginScheme()));
    values.put("member", member.isPresent() ? "member" : "guest");
    JsonObjectBuilder boot =
        Json.createObjectBuilder()
            .add("name", template)
            .add("appId", product.appId())
            .add("home", home())
            .add("api", home() + "api/")
            .add("login", loginMode(product.loginScheme()));
    member.ifPresent(
        m -> {
          values.put("nickname", m.nickname());
          values.put("initial", m.nickname().substring(0, m.nickname().offsetByCodePoints(0, 1)));
          values.put("phone", m.phone() == null ? "" : m.phone());
          values.put("birthday", m.birthday() == null ? "" : m.birthday().toString());
          values.put("enterpriseMemberId", m.enterpriseMemberId() == null ? "" : m.enterpriseMemberId());
          values.put("identity", m.phone() != null ? m.phone() : m.enterpriseMemberId());
        });
    if (member.isPresent() && "home".equals(template)) {
      // the member's balance on the home page (issue 10): one read of the points account
      session.memberId().ifPresent(id -> values.put("points", String.valueOf(ledger.balance(id))));
    }
    String html = shell.render(template, values, boot.build().toString());
    return Response.ok(html, FailureAnswers.HTML).build();
  }

  private Response toHome() {
    return SeeOther.to(home());
  }

  private String home() {
    return servlet.getContextPath() + "/" + storefront.appId() + "/";
  }

  /** Which sign-in the pages offer: hosted forms, the enterprise's own app, or its official account. */
  private static String loginMode(LoginScheme scheme) {
    return switch (scheme) {
      case HOSTED_LOGIN -> "hosted";
      case OWN_LOGIN -> "own";
      case OWN_OFFICIAL_ACCOUNT -> "official";
    };
  }
}
