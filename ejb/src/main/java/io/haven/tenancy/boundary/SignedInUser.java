package io.haven.tenancy.boundary;

import io.haven.tenancy.entity.Role;

/** Who signed into the console, and which enterprise's data their requests see. */
public record SignedInUser(long userId, String username, String displayName, long tenantId, Role role) {

  public boolean isPlatformAdmin() {
    return role.isPlatform();
  }
}
