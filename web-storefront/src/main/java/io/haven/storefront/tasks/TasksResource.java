package io.haven.storefront.tasks;

import io.haven.common.InvalidInput;
import io.haven.points.boundary.PointsLedger;
import io.haven.storefront.members.MemberSession;
import io.haven.storefront.tenancy.CurrentStorefront;
import io.haven.tasks.boundary.CompletionView;
import io.haven.tasks.boundary.ImageView;
import io.haven.tasks.boundary.TaskCard;
import io.haven.tasks.boundary.TaskCenter;
import io.haven.tasks.entity.TaskImage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The task centre's JSON endpoints (K5). Writes take JSON bodies only (no HTML form can send one;
 * {@code CrossSiteGuard} is the second line); the member is the session's, never an id from the
 * request; a task id of another product or enterprise answers 404 like an unknown one.
 */
@Path("{appId}/api/tasks")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TasksResource {

  /** What a completion sends: nothing yet; a JSON object keeps the write JSON-only. */
  public record Completion() {}

  /** Receipt images as base64 (optionally as data: URLs), in the order the member chose them. */
  public record ReceiptUpload(List<String> images) {}

  /** A completion's answer: what it earned and the balance after it. */
  public record Completed(long taskId, int points, Integer streak, long balance) {}

  /**
   * The task list: the member's progress and balance when signed in, the tasks alone for a guest;
   * times are shown in the enterprise's zone, where the cycles start.
   */
  public record TaskList(boolean member, Long balance, String zone, List<TaskCard> tasks) {}

  @Inject TaskCenter center;
  @Inject PointsLedger ledger;
  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;

  @GET
  public TaskList tasks() {
    return list(center, ledger, productId(), session.memberId().orElse(null));
  }

  static TaskList list(TaskCenter center, PointsLedger ledger, long productId, Long member) {
    return new TaskList(member != null, member == null ? null : ledger.balance(member), center.zone(), center.tasks(productId, member));
  }

  @POST
  @Path("{taskId}/completions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complete(@PathParam("taskId") long taskId, Completion body) {
    long memberId = session.requireMemberId();
    CompletionView done = center.complete(productId(), memberId, taskId);
    return Response.status(Response.Status.CREATED)
        .entity(new Completed(taskId, done.points(), done.streak(), ledger.balance(memberId)))
        .build();
  }

  @POST
  @Path("{taskId}/receipts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submitReceipt(@PathParam("taskId") long taskId, @NotNull ReceiptUpload upload) {
    long memberId = session.requireMemberId();
    List<byte[]> images = new ArrayList<>();
    for (String image : upload.images() == null ? List.<String>of() : upload.images()) {
      images.add(decode(image));
    }
    MySubmission submitted = MySubmission.of(center.submitReceipt(productId(), memberId, taskId, images));
    return Response.status(Response.Status.CREATED).entity(submitted).build();
  }

  @GET
  @Path("submissions")
  public List<MySubmission> submissions() {
    return center.submissions(productId(), session.requireMemberId()).stream().map(MySubmission::of).toList();
  }

  @GET
  @Path("{taskId}/icon")
  @Produces({"image/png", "image/jpeg"})
  public Response icon(@PathParam("taskId") long taskId) {
    return image(center.image(productId(), taskId, TaskImage.Kind.ICON));
  }

  @GET
  @Path("{taskId}/qr")
  @Produces({"image/png", "image/jpeg"})
  public Response qr(@PathParam("taskId") long taskId) {
    return image(center.image(productId(), taskId, TaskImage.Kind.QR));
  }

  private static Response image(ImageView image) {
    return Response.ok(image.content(), image.mediaType())
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "public, max-age=300")
        .build();
  }

  private long productId() {
    return storefront.product().productId();
  }

  private static byte[] decode(String image) {
    if (image == null) {
      throw new InvalidInput("images", "upload.image.empty", "An image is empty");
    }
    String data = image.startsWith("data:") && image.contains(",") ? image.substring(image.indexOf(',') + 1) : image;
    try {
      return Base64.getMimeDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("images", "upload.image.unreadable", "An image cannot be read");
    }
  }
}
