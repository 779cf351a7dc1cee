package io.haven.admin.coupons;

import io.haven.coupons.boundary.StoreImports;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** C1: {@code /coupons/stores-template.csv}, the CSV template of the store import (UTF-8 with a byte-order mark, for Excel). */
@WebServlet(StoreTemplateServlet.PATH)
public class StoreTemplateServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PATH = "/coupons/stores-template.csv";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    byte[] csv = StoreImports.TEMPLATE.getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"stores-template.csv\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
  }
}
