package io.haven.admin.mall;

import io.haven.admin.console.LocaleSwitch;
import io.haven.mall.boundary.RedemptionRecords;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * M4 export: {@code /mall/records/redemptions.csv?order=…&account=…&source=…&from=…&to=…&product=…&status=…}
 * (every parameter optional; none = all records) as a download. Behind the console's security
 * (web.xml: the records' roles) and within the signed-in enterprise: the boundary streams the
 * tenant's records straight into the response, 500 at a time. A malformed parameter answers 400.
 */
@WebServlet(RedemptionExportServlet.PATH)
public class RedemptionExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PATH = "/mall/records/redemptions.csv";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  @Inject RedemptionRecords records;
  @Inject LocaleSwitch locale;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    RecordFilter filter;
    try {
      filter = RecordFilter.parse(request::getParameter);
    } catch (IllegalArgumentException malformed) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"redemptions-" + DAY.format(LocalDate.now(io.haven.admin.console.ConsoleTime.ZONE)) + ".csv\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    // labels in the export's language, from the console's own bundle (category, source, status)
    ResourceBundle texts = ResourceBundle.getBundle("io.haven.admin.messages", locale.getLocale());
    records.export(filter.toBoundary(), locale.getLocale(), key -> texts.containsKey(key) ? texts.getString(key) : key, response.getOutputStream());
  }
}
