package io.haven.admin.tasks;

import io.haven.common.HavenException;
import io.haven.tasks.boundary.ImageView;
import io.haven.tasks.boundary.PointsTasks;
import io.haven.tasks.boundary.ReceiptReviews;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Serves the images of the tasks pages: task icons and QR codes ({@code kind=task}) and receipt
 * images for review ({@code kind=receipt}). Under /tasks/, so the same role constraint as the pages
 * applies; the tenant is the signed-in user's ({@code TenantScopeFilter}), so another enterprise's
 * image id is simply not found. Served with its checked media type and nosniff, never as HTML.
 * An icon or QR code whose form is not saved yet is shown only in the session that uploaded it
 * (the form's preview), so an upload cannot be used as a file host by passing its id around.
 */
@WebServlet("/tasks/image")
public class TaskImageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject PointsTasks tasks;
  @Inject ReceiptReviews reviews;

  private static final String UPLOADS = TaskImageServlet.class.getName() + ".uploads";

  /** Remembers, for this console session, an upload its form has not saved yet. */
  static void uploaded(Map<String, Object> session, long id) {
    @SuppressWarnings("unchecked")
    Set<Long> ids = (Set<Long>) session.computeIfAbsent(UPLOADS, k -> Collections.synchronizedSet(new HashSet<Long>()));
    ids.add(id);
  }

  private static boolean uploadedHere(HttpServletRequest request, long id) {
    HttpSession session = request.getSession(false);
    Object ids = session == null ? null : session.getAttribute(UPLOADS);
    return ids instanceof Set<?> set && set.contains(id);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ImageView image;
    try {
      image = "receipt".equals(request.getParameter("kind")) ? reviews.image(id) : tasks.image(id, uploadedHere(request, id));
    } catch (HavenException notFound) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(image.mediaType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", "inline");
    response.setHeader("Cache-Control", "private, max-age=3600");
    response.setContentLength(image.content().length);
    response.getOutputStream().write(image.content());
  }
}
