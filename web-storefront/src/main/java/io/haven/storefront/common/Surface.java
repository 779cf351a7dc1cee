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
    String[] segments = path.split("/", 4);
    return segments.length > 2 && segments[2].equals("api") ? API : PAGE;
  }
}
