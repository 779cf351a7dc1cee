package io.haven.tenancy.boundary;

import io.haven.common.StoredTime;
import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.TenantContext;
import io.haven.tenancy.control.Passwords;
import io.haven.tenancy.entity.ConsoleUser;
import io.haven.tenancy.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The enterprise's console users (T3): add with a role, change role, disable/enable, reset the
 * password. Platform admins are not managed here.
 */
@Stateless
public class ConsoleUsers {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String USERNAME = "[a-zA-Z0-9][a-zA-Z0-9._@-]{2,63}";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject Passwords passwords;

  public Page<ConsoleUserView> list(String search, Role role, int first, int size) {
    tenant.tenantId();
    return ListQuery.of(em, ConsoleUser.class, "u")
        .contains(search, "lower(u.username) like :q or lower(u.displayName) like :q", "q")
        .when(role, "u.role = :role", "role")
        .page("u.id", first, size, ConsoleUserView::of);
  }

  public ConsoleUserView add(String username, String displayName, Role role, String password) {
    tenant.tenantId();
    requireEnterpriseRole(role);
    ConsoleUser user = newUser(em, passwords, username, displayName, role, password);
    em.persist(user);
    return ConsoleUserView.of(user);
  }

  public ConsoleUserView changeRole(long id, Role role) {
    requireEnterpriseRole(role);
    ConsoleUser user = load(id);
    user.changeRole(role);
    return ConsoleUserView.of(user);
  }

  public ConsoleUserView setEnabled(long id, boolean enabled) {
    ConsoleUser user = load(id);
    if (!enabled && user.getUsername().equals(tenant.actor())) {
      throw new InvalidInput("enabled", "user.disableSelf", "You cannot disable your own account");
    }
    if (enabled) {
      user.enable();
    } else {
      user.disable();
    }
    return ConsoleUserView.of(user);
  }

  /** Sets a new random password and returns it, to be shown once to the admin. */
  public String resetPassword(long id) {
    ConsoleUser user = load(id);
    String fresh = temporaryPassword();
    user.changePasswordHash(passwords.hash("password", fresh));
    return fresh;
  }

  private ConsoleUser load(long id) {
    tenant.tenantId();
    ConsoleUser user = em.find(ConsoleUser.class, id);
    if (user == null) {
      throw new NotFound("User", id);
    }
    return user;
  }

  static ConsoleUser newUser(
      EntityManager em, Passwords passwords, String username, String displayName, Role role, String password) {
    if (username == null || !username.strip().matches(USERNAME)) {
      throw new InvalidInput(
          "username", "user.username.invalid", "Username must be 3 to 64 letters, digits or . _ @ -");
    }
    if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
      throw new InvalidInput("displayName", "user.displayName.invalid", "Name must be 1 to 100 characters");
    }
    if (role == null) {
      throw new InvalidInput("role", "user.role.required", "Choose a role");
    }
    String name = username.strip();
    if (usernameTaken(em, name)) {
      throw new DuplicateUsername(name);
    }
    return new ConsoleUser(name, displayName.strip(), role, passwords.hash("password", password), StoredTime.now());
  }

  /**
   * Usernames are unique platform-wide, but this session only sees its tenant: the check asks
   * the database directly (the unique constraint still decides a race).
   */
  static boolean usernameTaken(EntityManager em, String username) {
    Number n =
        (Number)
            em.createNativeQuery("select count(*) from console_user where lower(username) = ?")
                .setParameter(1, username.toLowerCase(Locale.ROOT))
                .getSingleResult();
    return n.longValue() > 0;
  }

  private static void requireEnterpriseRole(Role role) {
    if (role == null || role.isPlatform()) {
      throw new InvalidInput("role", "user.role.invalid", "Choose an enterprise role");
    }
  }

  static String temporaryPassword() {
    String letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    String digits = "23456789";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      out.append(letters.charAt(RANDOM.nextInt(letters.length())));
    }
    for (int i = 0; i < 4; i++) {
      out.append(digits.charAt(RANDOM.nextInt(digits.length())));
    }
    return out.toString();
  }
}
