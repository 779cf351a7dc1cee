package io.haven.common;

import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes the console's sign-in (Jakarta Security's form mechanism) off a web module that has no
 * console pages: the storefront and the partner API, each listing this class in its web.xml.
 *
 * <p>Why: the console declares its mechanism with {@code @CustomFormAuthenticationMechanismDefinition}.
 * Soteria's CDI extension sees one bean archive per EAR, so its servlet initializer registers the
 * mechanism (as a Jakarta Authentication module) for <em>every</em> web module of the EAR. Each
 * storefront and API request then went through Elytron's Jakarta Authentication path, a JNDI
 * lookup of the bean manager, the mechanism's proxies and interceptors (login-to-continue,
 * auto-apply-session) — 5–8 % of the server's CPU on a redemption, for modules that never sign
 * anybody in that way (members have their own session, partners sign each request); and
 * Soteria's login-to-continue interceptor answered 500 on parallel storefront sign-outs.
 *
 * <p>Listeners start after the servlet initializers, so the registration exists here and is
 * removed before the first request; the module then authenticates through plain Elytron, which has
 * nothing to do for it. The console keeps its registration.
 */
public class WithoutConsoleSignIn implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(WithoutConsoleSignIn.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    AuthConfigFactory factory = AuthConfigFactory.getFactory();
    if (factory != null) {
      factory.removeServerAuthModule(event.getServletContext());
      LOG.log(Level.FINE, "No console sign-in for {0}", event.getServletContext().getContextPath());
    }
  }
}
