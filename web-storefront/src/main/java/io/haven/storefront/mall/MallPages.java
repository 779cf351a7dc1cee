package io.haven.storefront.mall;

import io.haven.storefront.common.SeeOther;
import io.haven.common.NotFound;
import io.haven.members.boundary.Members;
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
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the mall's page shells the way every storefront page is rendered (product, member and
 * sign-in mode filled in, the page's data in the boot JSON), and sends signed-out members to
 * sign-in and back. The page data is the same JSON the API answers, so the script draws the first
 * paint without a second request.
 */
@RequestScoped
public class MallPages {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Inject Members members;
  @Inject PageShell shell;
  @Inject ServletContext servlet;

  /** The signed-in member's profile, if any (a member deleted meanwhile counts as signed out). */
  public Optional<MemberProfile> member() {
    long productId = storefront.product().productId();
    try {
      return session.memberId().map(id -> MemberProfile.of(members.profile(productId, id)));
    } catch (NotFound gone) {
      session.signOut();
      return Optional.empty();
    }
  }

  /** 303 to the sign-in page, which comes back to {@code next} (a path below the storefront home). */
  public Response signInFirst(String next) {
    return SeeOther.to(home() + "sign-in?next=" + next);
  }

  /**
   * @param data the page's own data: name → value (records become JSON objects, byte arrays are
   *     taken as ready JSON text)
   */
  public Response render(String template, Optional<MemberProfile> member, Map<String, String> values, Map<String, Object> data) {
    StorefrontProduct product = storefront.product();
    Map<String, String> all = new HashMap<>(values);
    all.put("appId", product.appId());
    all.put("home", home());
    all.put("productName", product.productName());
    all.put("enterpriseName", product.enterpriseName());
    all.put("login", loginMode(product.loginScheme()));
    all.put("member", member.isPresent() ? "member" : "guest");
    member.ifPresent(m -> all.put("nickname", m.nickname()));
    JsonObjectBuilder boot =
        Json.createObjectBuilder()
            .add("name", template)
            .add("appId", product.appId())
            .add("home", home())
            .add("api", home() + "api/")
            .add("login", loginMode(product.loginScheme()))
            .add("signedIn", member.isPresent());
    String base = boot.build().toString();
    StringBuilder json = new StringBuilder(base.substring(0, base.length() - 1));
    data.forEach(
        (name, value) -> {
          json.append(",\"").append(name).append("\":");
          json.append(value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : JSON.toJson(value));
        });
    json.append('}');
    return Response.ok(shell.render(template, all, json.toString()), FailureAnswers.HTML).build();
  }

  public String home() {
    return servlet.getContextPath() + "/" + storefront.appId() + "/";
  }

  private static String loginMode(LoginScheme scheme) {
    return switch (scheme) {
      case HOSTED_LOGIN -> "hosted";
      case OWN_LOGIN -> "own";
      case OWN_OFFICIAL_ACCOUNT -> "official";
    };
  }
}
