package io.haven.storefront.mall;

import io.haven.mall.control.HotListCache;
import io.haven.tenancy.control.DirectoryCache;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Hands the two caches {@link HotListHandler} reads to it once the deployment's beans exist: the
 * handler is made by Undertow (a ServiceLoader extension), outside CDI. Until this has run the
 * handler simply lets every request through.
 */
@WebListener
public class HotListSources implements ServletContextListener {

  @Inject DirectoryCache directory;
  @Inject HotListCache lists;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    event.getServletContext().setAttribute(HotListHandler.SOURCES, new HotListHandler.Sources(directory, lists));
  }
}
