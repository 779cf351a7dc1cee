package io.haven.admin.coupons;

import io.haven.admin.console.ConsoleTime;
import io.haven.admin.console.LocaleSwitch;
import io.haven.coupons.boundary.SettlementRecords;
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
 * C5 export: {@code /coupons/records/settlement.csv?from=…&to=…&coupon=…} (every parameter
 * optional) as a download, in the signed-in enterprise and behind the records' roles (web.xml).
 * The boundary streams the records into the response. A malformed date answers 400.
 */
@WebServlet(SettlementExportServlet.PATH)
public class SettlementExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PATH = "/coupons/records/settlement.csv";

  @Inject SettlementRecords records;
  @Inject LocaleSwitch locale;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SettlementFilter filter;
    try {
      filter = SettlementFilter.parse(request::getParameter);
    } catch (IllegalArgumentException malformed) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition",
        "attachment; filename=\"coupon-settlement-" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(ConsoleTime.ZONE)) + ".csv\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    ResourceBundle texts = ResourceBundle.getBundle("io.haven.admin.messages", locale.getLocale());
    records.export(filter.fromInstant(), filter.toInstant(), filter.couponName(), locale.getLocale(),
        key -> texts.containsKey(key) ? texts.getString(key) : key, response.getOutputStream());
  }
}
