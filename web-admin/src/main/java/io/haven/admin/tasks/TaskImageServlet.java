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
import java.io.IOException;

/**
 * Serves the images of the tasks pages: task icons and QR codes ({@code kind=task}) and receipt
 * images for review ({@code kind=receipt}). Under /tasks/, so the same role constraint as the pages
 * applies; the tenant is the signed-in user's ({@code TenantScopeFilter}), so another enterprise's
 * image id is simply not found. Served with its checked media type and nosniff, never as HTML.
 */
@WebServlet("/tasks/image")
public class TaskImageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject PointsTasks tasks;
  @Inject ReceiptReviews reviews;

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
      image = "receipt".equals(request.getParameter("kind")) ? reviews.image(id) : tasks.image(id);
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
