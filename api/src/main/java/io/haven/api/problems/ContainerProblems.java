package io.haven.api.problems;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Problem answers for what never reaches JAX-RS: every path of /api outside /api/v1 (this servlet
 * replaces the default one, so there are no static files and no HTML 404 page), and the
 * container's own error dispatches (web.xml sends every error page here).
 */
@WebServlet(name = "ContainerProblems", urlPatterns = "/")
public class ContainerProblems extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ContainerProblems.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Problem problem = problemOf(request);
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.toJson(problem));
  }

  private static Problem problemOf(HttpServletRequest request) {
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (failure instanceof Throwable thrown) {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "API incident " + incident, thrown);
      return ProblemType.SERVER_ERROR.problem(
          "Something went wrong on our side. Quote incident " + incident + " to Haven support.");
    }
    int code = status instanceof Integer given ? given : 404;
    return switch (code) {
      case 400 -> ProblemType.BAD_REQUEST.problem("The request could not be read");
      case 404 -> ProblemType.NOT_FOUND.problem("There is no API resource at this path; the API is under /api/v1");
      case 405 -> ProblemType.METHOD_NOT_ALLOWED.problem("This method is not allowed here");
      case 413 -> ProblemType.PAYLOAD_TOO_LARGE.problem("The request body is too large");
      default -> code >= 500
          ? ProblemType.SERVER_ERROR.problem("Something went wrong on our side")
          : new Problem("about:blank", "Request refused", code, "Request refused", null);
    };
  }
}
