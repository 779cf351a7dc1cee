package io.haven.storefront.common;

import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Which face of the storefront a URL belongs to: pages for people ({@code /store/{appId}/...}) or
 * the JSON endpoints for the pages' script ({@code /store/{appId}/api/...}). Failures answer in
 * kind: an HTML page for a page, problem+json for the API.
 */
public enum Surface {
  PAGE,
  API;

  public static Surface of(UriInfo uri) {
    List<PathSegment> segments = uri.getPathSegments();
    return segments.size() > 1 && segments.get(1).getPath().equals("api") ? API : PAGE;
  }

  /** @param path the request path inside the context root, e.g. {@code /hv…/api/me} */
  public static Surface of(String path) {
    return of(path, 0);
  }

  /**
   * The same for the part of {@code uri} from {@code start} (the request URI after the context
   * path): asked on every request, so it looks for the second segment without splitting.
   */
  public static Surface of(String uri, int start) {
    int second = uri.indexOf('/', start + 1);
    boolean api = second > 0 && uri.startsWith("/api", second) && (uri.length() == second + 4 || uri.charAt(second + 4) == '/');
    return api ? API : PAGE;
  }
}
