package io.haven.api.members;

/**
 * What free text from a partner may contain: any Unicode (emoji, right-to-left scripts) but no
 * control characters such as NUL and no broken surrogate halves, which no database column keeps.
 */
public final class Texts {

  public static final String PRINTABLE = "[^\\p{Cntrl}\\p{Cs}]*";
  public static final String PRINTABLE_MESSAGE = "must not contain control characters";

  private Texts() {}
}
