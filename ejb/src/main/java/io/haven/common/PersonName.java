package io.haven.common;

/**
 * The one rule for a name a person types (a member's nickname, wherever it is entered: storefront
 * sign-up and profile, a partner's sync). Names are shown on pages, in the console and in exports,
 * so they may hold any script and emoji but nothing that is not text: no control characters (NUL,
 * BEL, BS, ESC …), no line breaks, no broken surrogates or non-characters (U+FFFF), and at least
 * one visible character, so a name of only U+FEFF or zero-width spaces is no name.
 */
public final class PersonName {

  public static final String FIELD = "nickname";
  public static final String CODE = "member.nickname.invalid";

  private PersonName() {}

  /** The name as stored (surrounding blanks removed), or {@link InvalidInput} for {@code field}. */
  public static String require(String typed, int maxLength) {
    String name = typed == null ? "" : typed.strip();
    if (!isValid(name, maxLength)) {
      throw new InvalidInput(
          FIELD, CODE, "Nickname must be 1 to " + maxLength + " characters of visible text, without control characters");
    }
    return name;
  }

  /** True if {@code name} (already stripped) may be stored as a person's name. */
  public static boolean isValid(String name, int maxLength) {
    if (name == null || name.isEmpty() || name.length() > maxLength) {
      return false;
    }
    boolean visible = false;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL
          || type == Character.SURROGATE
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR
          || isNonCharacter(c)) {
        return false;
      }
      visible |= isVisible(c, type);
      i += Character.charCount(c);
    }
    return visible;
  }

  private static boolean isVisible(int c, int type) {
    if (isBlankLetter(c)) {
      return false;
    }
    return switch (type) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.PRIVATE_USE -> true;
      default -> false; // spaces, format characters (U+FEFF, U+200B), marks alone, unassigned
    };
  }

  /** Letters by category that render as nothing: Hangul fillers, the blank braille pattern. */
  private static boolean isBlankLetter(int c) {
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
  }

  /** U+FDD0..U+FDEF and the last two code points of every plane: never meant to be interchanged. */
  private static boolean isNonCharacter(int c) {
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
  }
}
