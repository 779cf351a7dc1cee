package io.haven.common;

/** A tenant-owned operation was called without an enterprise tenant set for the request. */
public class NoTenantSelected extends HavenException {
  public NoTenantSelected() {
    super(Kind.FORBIDDEN, "tenant.none", null, "No enterprise is selected for this request");
  }
}
