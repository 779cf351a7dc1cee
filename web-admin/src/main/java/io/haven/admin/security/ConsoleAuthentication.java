package io.haven.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How people sign into the console: Jakarta Security's custom-form mechanism with the Faces page
 * {@code /login.xhtml} (it posts through {@link SignInView}); the identity is checked by
 * {@link ConsoleIdentityStore} and remembered in the HTTP session. Whoever asks for a protected
 * page is redirected (not forwarded, so the page's Faces postbacks stay on its own URL) to sign in,
 * and back to that page afterwards.
 *
 * <p>The built-in mechanism rather than one of our own: a mechanism bean defined in this WAR would
 * make WildFly install Jakarta Security for every web module of the EAR, where it cannot be found.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"PLATFORM_ADMIN", "ENTERPRISE_ADMIN", "OPERATOR", "CUSTOMER_SERVICE", "VERIFIER"})
public class ConsoleAuthentication {}
