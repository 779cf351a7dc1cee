package io.haven.admin.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Ends a console session, and redirects in a way both full pages and Faces ajax requests follow. */
final class ConsoleSession {

  private ConsoleSession() {}

  static void end(HttpServletRequest request) {
    try {
      request.logout();
    } catch (ServletException alreadyGone) {
      // nothing authenticated any more: invalidating the session is all that is left
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** A Faces ajax request cannot follow an HTTP redirect; it is told in a partial response. */
  static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
    String url = request.getContextPath() + path;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response.getWriter()
          .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
              + url.replace("&", "&amp;") + "\"/></partial-response>");
    } else {
      response.sendRedirect(url);
    }
  }
}
