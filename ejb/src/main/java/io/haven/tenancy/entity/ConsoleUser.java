package io.haven.tenancy.entity;

import io.haven.tenancy.control.AuditRedacted;
import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import org.hibernate.annotations.OptimisticLock;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A person who signs into the console (T3). Usernames are unique across the platform, so sign-in
 * needs no enterprise code. Platform admins are rows of the platform tenant (id 0).
 */
@Entity
@Table(name = "console_user")
public class ConsoleUser extends TenantOwned {

  @Column(nullable = false, unique = true, updatable = false, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @AuditRedacted
  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Role role;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * Written by every sign-in, including parallel ones of the same user (a double tap, several
   * tabs): excluded from optimistic locking, so it neither bumps the version (a profile edit
   * open elsewhere is not made stale by a sign-in) nor makes one sign-in fail on another's.
   */
  @OptimisticLock(excluded = true)
  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  protected ConsoleUser() {}

  public ConsoleUser(
      String username, String displayName, Role role, String passwordHash, Instant now) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.role = Objects.requireNonNull(role);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.enabled = true;
    this.createdAt = now;
  }

  public void changeRole(Role role) {
    this.role = Objects.requireNonNull(role);
  }

  public void rename(String displayName) {
    this.displayName = Objects.requireNonNull(displayName);
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  public void signedIn(Instant now) {
    this.lastSignInAt = now;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastSignInAt() {
    return lastSignInAt;
  }
}
