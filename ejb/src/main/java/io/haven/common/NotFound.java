package io.haven.common;

/**
 * The named thing does not exist for the current tenant. Another tenant's id gives exactly this
 * answer too, so ids cannot be probed across tenants.
 */
public class NotFound extends HavenException {
  public NotFound(String what, Object key) {
    super(Kind.NOT_FOUND, "notFound", null, what + " " + key + " not found");
  }
}
