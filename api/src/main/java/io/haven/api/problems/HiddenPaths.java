package io.haven.api.problems;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Undertow refuses {@code /WEB-INF/*} and {@code /META-INF/*} before any servlet or error page
 * runs, with an HTML page of its own. This points such requests at a path that does not exist
 * instead, so they get the same 404 problem as every other unknown path (and still never see the
 * files).
 */
public class HiddenPaths implements ServletExtension {

  static final String NOWHERE = "/not-found";

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(
        next ->
            exchange -> {
              if (isHidden(exchange.getRelativePath())) {
                exchange.setRelativePath(NOWHERE);
              }
              next.handleRequest(exchange);
            });
  }

  /** As Undertow judges it: any number of leading slashes, then web-inf or meta-inf in any case. */
  static boolean isHidden(String path) {
    int start = 0;
    while (start < path.length() && path.charAt(start) == '/') {
      start++;
    }
    return path.regionMatches(true, start, "web-inf", 0, 7) || path.regionMatches(true, start, "meta-inf", 0, 8);
  }
}
