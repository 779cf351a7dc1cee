package io.haven.common;

/** A value a user typed breaks a rule that Bean Validation cannot express. */
public class InvalidInput extends HavenException {
  public InvalidInput(String field, String code, String message) {
    super(Kind.INVALID, code, field, message);
  }
}
