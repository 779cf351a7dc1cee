package io.haven.storefront.common;

import io.haven.common.HavenException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Second line against cross-site request forgery, after "JSON bodies only" (which no HTML form can
 * send): a browser that says the request comes from another site (Sec-Fetch-Site) may not change
 * anything here. Browsers too old to send the header are still held by the first line.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class CrossSiteGuard implements ContainerRequestFilter {

  private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
  private static final Set<String> ALLOWED_SITES = Set.of("same-origin", "none");

  @Override
  public void filter(ContainerRequestContext request) {
    String site = request.getHeaderString("Sec-Fetch-Site");
    if (!SAFE.contains(request.getMethod()) && site != null && !ALLOWED_SITES.contains(site)) {
      throw new CrossSiteRequest();
    }
  }

  /** A state-changing request sent by another site's page. */
  public static class CrossSiteRequest extends HavenException {
    public CrossSiteRequest() {
      super(Kind.FORBIDDEN, "request.crossSite", null, "Requests from other sites are not accepted");
    }
  }
}
