package io.haven.tenancy.boundary;

import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.tenancy.control.Passwords;
import io.haven.tenancy.control.SignInAttempts;
import io.haven.tenancy.control.SignInAudit;
import io.haven.tenancy.entity.ConsoleUser;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a console sign-in. Usernames are platform-wide, so the lookup runs across tenants, in a
 * transaction of its own (the session opens at its first query, after the context is switched);
 * only an enabled user with the right password gets an identity.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ConsoleSignIn {

  /** The console's sign-ins are counted apart from every storefront's. */
  private static final String SCOPE = "console";

  /** A valid PBKDF2 hash of nothing anyone knows, checked when the username does not exist. */
  private static final String DUMMY_HASH =
      "PBKDF2WithHmacSHA256:210000:YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE=:YmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmI=";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject Passwords passwords;
  @Inject SignInAttempts attempts;
  @Inject SignInAudit audit;

  /**
   * The identity of an enabled user with this password, if any. Throttled per username and per
   * client address before the password is hashed ({@link SignInAttempts}); refused with {@link
   * SignInThrottled}, which the sign-in page shows with the wait.
   */
  public Optional<SignedInUser> authenticate(String username, String password, String clientAddress) {
    if (username == null || password == null || username.isBlank() || username.length() > 64) {
      return Optional.empty();
    }
    SignInAttempts.Attempt attempt = attempts.begin(SCOPE, username.strip(), clientAddress);
    return tenant.acrossTenants("sign-in:" + username.strip(), () -> check(username.strip(), password, attempt));
  }

  /**
   * Refuses at once, without counting or hashing, when this username or address must wait: the
   * sign-in page asks first, so it can say how long.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void requireNotThrottled(String username, String clientAddress) {
    if (username != null && !username.isBlank() && username.length() <= 64) {
      attempts.check(SCOPE, username.strip(), clientAddress);
    }
  }

  /** The identity of a user who is already authenticated, if still enabled. */
  public Optional<SignedInUser> identity(String username) {
    return tenant.acrossTenants(
        "system", () -> byUsername(username).filter(ConsoleUser::isEnabled).map(ConsoleSignIn::signedIn));
  }

  private Optional<SignedInUser> check(String username, String password, SignInAttempts.Attempt attempt) {
    Optional<ConsoleUser> user = byUsername(username);
    if (user.isEmpty()) {
      passwords.matches(password, DUMMY_HASH); // same work either way: no probing by timing
      return Optional.empty(); // no enterprise to tell
    }
    ConsoleUser u = user.get();
    if (!passwords.matches(password, u.getPasswordHash()) || !u.isEnabled()) {
      audit.failed(u.getTenantId(), attempt, "ConsoleUser", u.getId());
      return Optional.empty();
    }
    attempts.succeeded(attempt);
    u.signedIn(StoredTime.now());
    // Flushed here, while the context still names the signing-in user: the audit trail takes its
    // actor when the update is written, and at commit the context is already restored.
    em.flush();
    return Optional.of(signedIn(u));
  }

  private Optional<ConsoleUser> byUsername(String username) {
    return em.createQuery("select u from ConsoleUser u where lower(u.username) = :name", ConsoleUser.class)
        .setParameter("name", username.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  private static SignedInUser signedIn(ConsoleUser u) {
    return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getTenantId(), u.getRole());
  }
}
