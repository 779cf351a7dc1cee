package io.haven.storefront.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Headers on every storefront answer, set before anything is written. Pages may load only our own
 * scripts, styles and images and talk only to us (no inline script: a planted nickname cannot run);
 * nothing may be sniffed into another type or framed; URLs are never sent as referrer (an OWN_LOGIN
 * URL carries a token). Fingerprinted assets are cached for a year, member data never.
 *
 * <p>It runs on every request, so every value is a constant and the path is classified without
 * splitting it; the hot-list handler (which answers before this filter) writes the same
 * {@link #SECURITY} headers.
 */
@WebFilter(urlPatterns = "/*")
public class ResponseHeaders extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
          + "manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** A header name and its value. */
  public record Header(String name, String value) {}

  /** What every storefront answer carries, whoever writes it. */
  public static final List<Header> SECURITY =
      List.of(
          new Header("X-Content-Type-Options", "nosniff"),
          new Header("Referrer-Policy", "no-referrer"),
          new Header("X-Frame-Options", "DENY"),
          new Header("Content-Security-Policy", CONTENT_SECURITY_POLICY));

  static final String NO_STORE = "no-store";
  static final String REVALIDATE_PRIVATE = "private, no-cache";
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String SHORT = "public, max-age=300";
  private static final String ASSETS = "/assets/";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    for (Header h : SECURITY) {
      response.setHeader(h.name(), h.value());
    }
    response.setHeader("Cache-Control", cacheControl(request));
    chain.doFilter(request, response);
  }

  private static String cacheControl(HttpServletRequest request) throws IOException {
    String uri = request.getRequestURI();
    int start = request.getContextPath().length();
    if (uri.startsWith(ASSETS, start)) {
      String path = uri.substring(start);
      if (request.getServletContext().getResource(path) == null) {
        return NO_STORE; // a missing file may appear with the next deployment
      }
      // the URL changes with the content (PageShell's ?v= fingerprint), so it never goes stale
      return request.getParameter("v") != null ? IMMUTABLE : SHORT;
    }
    // pages carry the member's name: their own browser may keep them, but must revalidate
    return Surface.of(uri, start) == Surface.API ? NO_STORE : REVALIDATE_PRIVATE;
  }
}
