package io.haven.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How people sign into the console. The Faces sign-in page ({@link SignInView}) hands the typed
 * credentials to {@code SecurityContext.authenticate}, they are checked by the identity store
 * ({@link ConsoleIdentityStore}), and the caller is remembered in the HTTP session
 * ({@link AutoApplySession}). Anyone else asking for a protected page is sent to sign in, and back
 * to that page afterwards.
 *
 * <p>Why not the built-in custom-form mechanism: its LoginToContinue (Soteria 3.0.3) keeps a
 * "caller initiated" flag in the session after a failed sign-in, and from then on every protected
 * page of that session answers an empty 200 instead of the sign-in page.
 */
@ApplicationScoped
@AutoApplySession
@DeclareRoles({"PLATFORM_ADMIN", "ENTERPRISE_ADMIN", "OPERATOR", "CUSTOMER_SERVICE", "VERIFIER"})
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SIGN_IN_PAGE = "/login.xhtml";
  /** Session attribute: the page asked for before signing in. */
  static final String RETURN_TO = ConsoleAuthenticationMechanism.class.getName() + ".returnTo";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
    }
    try {
      ConsoleSession.redirect(request, response, SIGN_IN_PAGE);
    } catch (IOException e) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
