package io.haven.tenancy.boundary;

import io.haven.common.HavenException;

/** Usernames are unique across the whole platform. */
public class DuplicateUsername extends HavenException {
  public DuplicateUsername(String username) {
    super(Kind.CONFLICT, "user.username.taken", "username", "Username " + username + " is already taken");
  }
}
