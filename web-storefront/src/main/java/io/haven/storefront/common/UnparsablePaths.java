package io.haven.storefront.common;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Undertow lets through request targets that {@link java.net.URI} refuses (a raw {@code [} or
 * {@code ]}, {@code |}, {@code ^} …), and RESTEasy fails with a 500 building its URI from them.
 * Here such characters are percent-encoded as a browser would have sent them, so the request is
 * routed like any other: an unknown page answers the storefront's HTML 404, an unknown endpoint
 * under {@code /api} its 404 problem. Nothing is logged above DEBUG: it is the visitor's typo.
 */
public class UnparsablePaths implements ServletExtension {

  private static final Logger LOG = Logger.getLogger(UnparsablePaths.class.getName());
  private static final String HEX = "0123456789ABCDEF";

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(
        next ->
            exchange -> {
              String path = exchange.getRequestURI();
              String query = exchange.getQueryString();
              if (!isParsable(path, query)) {
                LOG.log(Level.FINE, "percent-encoded a request target java.net.URI cannot parse");
                String encodedPath = encode(path);
                String encodedQuery = query == null ? "" : encode(query);
                if (!isParsable(encodedPath, encodedQuery)) {
                  exchange.setStatusCode(StatusCodes.BAD_REQUEST);
                  exchange.endExchange();
                  return;
                }
                exchange.setRequestURI(encodedPath);
                exchange.setQueryString(encodedQuery);
              }
              next.handleRequest(exchange);
            });
  }

  static boolean isParsable(String rawPath, String rawQuery) {
    try {
      new URI(rawQuery == null || rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery);
      return true;
    } catch (URISyntaxException refused) {
      return false;
    }
  }

  /**
   * Percent-encodes what a URI may not hold raw: ASCII outside its grammar ({@code [ ] { } | ^ \ `
   * " < >}, space, controls), a {@code %} that starts no escape, and spaces or controls beyond
   * ASCII. Everything else, escapes included, stays as sent.
   */
  static String encode(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      int width = Character.charCount(c);
      boolean escape = c == '%' && isHex(raw, i + 1) && isHex(raw, i + 2);
      if (c == '%' && !escape) {
        append(out, "%");
      } else if (c < 0x80 && ("[]{}|^\\`\"<> ".indexOf(c) >= 0 || Character.isISOControl(c))) {
        append(out, Character.toString(c));
      } else if (c >= 0x80 && (Character.isISOControl(c) || Character.isSpaceChar(c) || (c >= 0xD800 && c <= 0xDFFF))) {
        append(out, Character.toString(c));
      } else {
        out.appendCodePoint(c);
      }
      i += width;
    }
    return out.toString();
  }

  private static boolean isHex(String s, int at) {
    return at < s.length() && HEX.indexOf(Character.toUpperCase(s.charAt(at))) >= 0;
  }

  private static void append(StringBuilder out, String text) {
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
    }
  }
}
