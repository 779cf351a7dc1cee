package io.haven.admin.activities;

import io.haven.activities.boundary.ActivityRecords;
import io.haven.admin.console.ConsoleTime;
import io.haven.admin.console.LocaleSwitch;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A4 export: {@code /activities/records/plays.csv?activity=…&account=…&status=…&from=…&to=…&wins=1}
 * (every parameter optional; none = every play) as a download, in the signed-in enterprise and
 * behind the records' roles (web.xml). The boundary streams the records straight into the
 * response. A malformed parameter answers 400.
 */
@WebServlet(WinnerExportServlet.PATH)
public class WinnerExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PATH = "/activities/records/plays.csv";

  @Inject ActivityRecords records;
  @Inject LocaleSwitch locale;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    WinnerFilter filter;
    try {
      filter = WinnerFilter.parse(request::getParameter);
    } catch (IllegalArgumentException malformed) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition",
        "attachment; filename=\"activity-plays-" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(ConsoleTime.ZONE)) + ".csv\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    records.export(filter.toBoundary(), locale.getLocale(), response.getOutputStream());
  }
}
