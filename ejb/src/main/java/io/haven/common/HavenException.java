package io.haven.common;

import jakarta.ejb.ApplicationException;

/**
 * A broken business rule. Each rule has its own subclass named after it; the web modules map the
 * {@link Kind} once to an HTTP status (problem+json) or a console message, and use {@link #code()}
 * as the message key of the user-facing text.
 */
@ApplicationException(rollback = true)
public abstract class HavenException extends RuntimeException {

  /** What kind of failure, independent of the surface that reports it. */
  public enum Kind {
    INVALID(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    /** A lock could not be had in time: try again. */
    BUSY(409),
    UNPROCESSABLE(422),
    /** Too many attempts: refused before any work, see {@link #retryAfterSeconds()}. */
    THROTTLED(429),
    UNAVAILABLE(503);

    public final int status;

    Kind(int status) {
      this.status = status;
    }
  }

  private final Kind kind;
  private final String code;
  private final String field;

  protected HavenException(Kind kind, String code, String field, String message) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.field = field;
  }

  public Kind kind() {
    return kind;
  }

  /** Message key, e.g. {@code tenancy.loginScheme.confirmed}. */
  public String code() {
    return code;
  }

  /** Seconds after which the same request may pass (an HTTP Retry-After), or 0 if not known. */
  public long retryAfterSeconds() {
    return 0;
  }

  /** The input field the rule is about, or null. */
  public String field() {
    return field;
  }
}
