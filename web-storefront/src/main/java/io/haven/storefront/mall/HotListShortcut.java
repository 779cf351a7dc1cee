package io.haven.storefront.mall;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link HotListHandler} in front of the storefront's servlets (Undertow's initial handler
 * chain, so it runs on the I/O thread before any servlet, filter or CDI context). Registered in
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class HotListShortcut implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(next -> new HotListHandler(next, context));
  }
}
