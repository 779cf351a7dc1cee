package io.haven.storefront.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A 303 to another storefront page, by its path from the server root ({@code /store/{appId}/…}).
 * JAX-RS would resolve a relative {@code Location} against the application's base URI, which
 * already ends in {@code /store/}, and send the member to {@code /store/store/…} (a 404); so the
 * header is set as given, and the browser resolves it against the page it asked for.
 */
public final class SeeOther {

  private SeeOther() {}

  /** @param path a path from the server root, e.g. {@code /store/hv123/sign-in?next=level} */
  public static Response to(String path) {
    return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path).build();
  }
}
