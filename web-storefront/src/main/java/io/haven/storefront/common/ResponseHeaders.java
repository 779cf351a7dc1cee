package io.haven.storefront.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every storefront answer, set before anything is written. Pages may load only our own
 * scripts, styles and images and talk only to us (no inline script: a planted nickname cannot run);
 * nothing may be sniffed into another type or framed; URLs are never sent as referrer (an OWN_LOGIN
 * URL carries a token). Fingerprinted assets are cached for a year, member data never.
 */
@WebFilter(urlPatterns = "/*")
public class ResponseHeaders extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
          + "manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("Cache-Control", cacheControl(request));
    chain.doFilter(request, response);
  }

  private static String cacheControl(HttpServletRequest request) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/assets/")) {
      if (request.getServletContext().getResource(path) == null) {
        return "no-store"; // a missing file may appear with the next deployment
      }
      // the URL changes with the content (PageShell's ?v= fingerprint), so it never goes stale
      return request.getParameter("v") != null ? "public, max-age=31536000, immutable" : "public, max-age=300";
    }
    // pages carry the member's name: their own browser may keep them, but must revalidate
    return Surface.of(path) == Surface.API ? "no-store" : "private, no-cache";
  }
}
