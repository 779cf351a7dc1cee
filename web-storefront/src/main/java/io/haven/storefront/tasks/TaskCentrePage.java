package io.haven.storefront.tasks;

import io.haven.common.NotFound;
import io.haven.members.boundary.Members;
import io.haven.points.boundary.PointsLedger;
import io.haven.storefront.common.FailureAnswers;
import io.haven.storefront.common.PageShell;
import io.haven.storefront.members.MemberProfile;
import io.haven.storefront.members.MemberSession;
import io.haven.storefront.tenancy.CurrentStorefront;
import io.haven.tasks.boundary.TaskCenter;
import io.haven.tenancy.boundary.StorefrontProduct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task centre page (K5). Like every storefront page it answers its HTML shell with the data
 * already in it — here the task list and the member's submissions — so the phone draws it from one
 * request; the script then talks to {@link TasksResource}.
 */
@Path("{appId}/tasks")
@Produces("text/html;charset=UTF-8")
@RequestScoped
public class TaskCentrePage {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;
  @Inject Members members;
  @Inject TaskCenter center;
  @Inject PointsLedger ledger;
  @Inject PageShell shell;
  @Inject ServletContext servlet;

  @GET
  public Response page() {
    StorefrontProduct product = storefront.product();
    Optional<MemberProfile> member = member(product.productId());
    Long memberId = member.isPresent() ? session.memberId().orElse(null) : null;
    String home = servlet.getContextPath() + "/" + product.appId() + "/";
    Map<String, String> values = new HashMap<>();
    values.put("appId", product.appId());
    values.put("home", home);
    values.put("productName", product.productName());
    values.put("login", switch (product.loginScheme()) {
      case HOSTED_LOGIN -> "hosted";
      case OWN_LOGIN -> "own";
      case OWN_OFFICIAL_ACCOUNT -> "official";
    });
    values.put("member", member.isPresent() ? "member" : "guest");
    member.ifPresent(m -> values.put("nickname", m.nickname()));
    List<MySubmission> submissions =
        memberId == null ? List.of() : center.submissions(product.productId(), memberId).stream().map(MySubmission::of).toList();
    String tasks = JSON.toJson(TasksResource.list(center, ledger, product.productId(), memberId));
    JsonObjectBuilder boot =
        Json.createObjectBuilder()
            .add("name", "tasks")
            .add("appId", product.appId())
            .add("home", home)
            .add("api", home + "api/")
            .add("login", values.get("login"));
    String data = boot.build().toString();
    // the lists are JSON already: splice them in rather than parse them again
    data = data.substring(0, data.length() - 1) + ",\"tasks\":" + tasks + ",\"submissions\":" + JSON.toJson(submissions) + "}";
    return Response.ok(shell.render("tasks", values, data), FailureAnswers.HTML).build();
  }

  private Optional<MemberProfile> member(long productId) {
    try {
      return session.memberId().map(id -> MemberProfile.of(members.profile(productId, id)));
    } catch (NotFound gone) {
      session.signOut();
      return Optional.empty();
    }
  }
}
