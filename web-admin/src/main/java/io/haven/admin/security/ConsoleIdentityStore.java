package io.haven.admin.security;

import io.haven.tenancy.boundary.ConsoleSignIn;
import io.haven.tenancy.boundary.SignInThrottled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Checks a console sign-in against the domain ({@link ConsoleSignIn}): an enabled user with the
 * right password becomes a caller whose only group is their role, which the web.xml constraints
 * name. Wrong password, unknown and disabled users all fail alike, so nobody can probe accounts.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

  @Inject ConsoleSignIn signIn;
  @Inject HttpServletRequest request;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    try {
      return signIn
          .authenticate(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr())
          .map(user -> new CredentialValidationResult(user.username(), Set.of(user.role().name())))
          .orElse(CredentialValidationResult.INVALID_RESULT);
    } catch (SignInThrottled tooMany) {
      return CredentialValidationResult.INVALID_RESULT; // SignInView says how long to wait
    }
  }
}
