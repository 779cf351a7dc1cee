package io.haven.api.problems;

import java.util.Locale;

/**
 * The problems of the HTTP protocol and of the signature check (domain rules carry their own
 * codes, see {@link DomainProblems}). The type URI ends with the constant's name in kebab case,
 * e.g. {@code urn:haven:problem:stale}.
 */
public enum ProblemType {
  UNSIGNED(401, "Request is not signed"),
  MALFORMED_HEADER(401, "Signature header is malformed"),
  STALE(401, "Request timestamp is stale"),
  BAD_SIGNATURE(401, "Signature is not valid"),
  REPLAYED(401, "Request was replayed"),
  BAD_REQUEST(400, "Bad request"),
  MALFORMED_JSON(400, "Body is not the expected JSON"),
  INVALID_INPUT(400, "Input is not valid"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  PAYLOAD_TOO_LARGE(413, "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  SERVER_ERROR(500, "Server error");

  public final int status;
  public final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public String uri() {
    return Problem.TYPE_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public Problem problem(String detail) {
    return new Problem(uri(), title, status, detail, null);
  }
}
