package io.haven.tenancy.boundary;

import io.haven.tenancy.entity.ConsoleUser;
import io.haven.tenancy.entity.Role;
import java.time.Instant;

/** A console user as the console lists it (never the hash). */
public record ConsoleUserView(
    long id,
    String username,
    String displayName,
    Role role,
    boolean enabled,
    Instant createdAt,
    Instant lastSignInAt) {

  static ConsoleUserView of(ConsoleUser u) {
    return new ConsoleUserView(
        u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.isEnabled(), u.getCreatedAt(), u.getLastSignInAt());
  }
}
