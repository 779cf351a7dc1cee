package io.haven.admin.members;

import io.haven.common.HavenException;
import io.haven.members.boundary.BadgeImage;
import io.haven.members.boundary.MemberLevels;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A level's badge for the console's levels page, {@code /members/badge?level=ID}: looked up within
 * the signed-in enterprise (the tenant filter ran before), so another enterprise's id is a 404.
 */
@WebServlet("/members/badge")
public class BadgeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient MemberLevels levels;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long id;
    try {
      id = Long.parseLong(String.valueOf(request.getParameter("level")));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      BadgeImage badge = levels.badge(id);
      response.setContentType(badge.mediaType());
      response.setHeader("Cache-Control", "private, max-age=60");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setContentLength(badge.bytes().length);
      response.getOutputStream().write(badge.bytes());
    } catch (HavenException missing) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
