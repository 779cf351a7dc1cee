package io.haven.api.members;

/**
 * What free text from a partner may contain: any Unicode (emoji, right-to-left scripts) but no
 * control characters such as NUL and no broken surrogate halves, which no database column keeps.
 *
 * <p>The same expression is the Bean Validation constraint and the OpenAPI document's
 * {@code pattern}, so it is written in the part of regular-expression syntax that Java, Python's
 * {@code re} and ECMA-262 (JSON Schema, with the {@code u} flag) read alike: {@code \xHH} and
 * {@code \\uHHHH} escapes instead of Java's {@code \p{Cntrl}} (which is exactly
 * {@code \x00-\x1F\x7F}) and {@code \p{Cs}}; anchored with {@code ^} and ended by
 * {@code (?![\s\S])}, "nothing follows", because {@code $} also matches before a final newline in
 * Python and Java, and JSON Schema searches rather than matches whole strings.
 */
public final class Texts {

  public static final String PRINTABLE = "^[^\\x00-\\x1F\\x7F\\uD800-\\uDFFF]*(?![\\s\\S])";
  public static final String PRINTABLE_MESSAGE = "must not contain control characters";
  /** {@link #PRINTABLE} with at least one character above U+0020: what {@code @NotBlank} and it allow together. */
  public static final String PRINTABLE_NOT_BLANK = "^(?=[\\s\\S]*[^\\x00-\\x20])[^\\x00-\\x1F\\x7F\\uD800-\\uDFFF]*(?![\\s\\S])";
  /**
   * {@code @NotBlank} as a JSON Schema pattern (which searches): some character above U+0020, as
   * Hibernate Validator trims whatever is at or below it. Not {@code \S}, which is ASCII
   * whitespace in Java but Unicode whitespace in Python and JavaScript.
   */
  public static final String NOT_BLANK = "[^\\x00-\\x20]";
  /** {@link io.haven.members.boundary.Members#EXTERNAL_ID}, anchored for JSON Schema. */
  public static final String MEMBER_ID = "^[A-Za-z0-9_.:@-]{1,64}(?![\\s\\S])";
  public static final String PHONE = "^\\+?[0-9]{6,15}(?![\\s\\S])";
  /** {@link io.haven.tasks.boundary.ContactEvents#EVENT_ID}, anchored for JSON Schema. */
  public static final String EVENT_ID = "^[A-Za-z0-9_.:@-]{1,58}(?![\\s\\S])";
  public static final String CONTACT_EVENT_TYPE = "^(?:SERVICE_FRIEND_ADDED|GROUP_JOINED)(?![\\s\\S])";

  private Texts() {}
}
