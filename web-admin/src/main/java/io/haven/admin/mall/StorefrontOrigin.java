package io.haven.admin.mall;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The storefront's public scheme://host[:port]: the console and the storefront are served by the
 * same server under the same name, so the console's own request tells it (Undertow applies the
 * proxy's forwarded headers when the server is configured for them).
 */
public final class StorefrontOrigin {

  private StorefrontOrigin() {}

  public static String of(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
    return scheme + "://" + request.getServerName() + (defaultPort || port <= 0 ? "" : ":" + port);
  }
}
