package io.haven.coupons.control;

import java.security.SecureRandom;

/**
 * Issued coupons' codes: 20 characters of a 31-letter alphabet (no 0/O, 1/I/L, easy to read out
 * and type at a counter) drawn from {@link SecureRandom} — 99 bits, so a code cannot be guessed
 * and two codes practically never meet; the unique key (tenant, code) decides if they do.
 */
public final class CouponCodes {

  public static final int LENGTH = 20;
  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  /** Bits of randomness in a code: LENGTH * log2(31), rounded down (99). */
  public static final int BITS = (int) Math.floor(LENGTH * Math.log(ALPHABET.length()) / Math.log(2));

  private static final char[] LETTERS = ALPHABET.toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private CouponCodes() {}

  public static String next() {
    char[] out = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      out[i] = LETTERS[RANDOM.nextInt(LETTERS.length)];
    }
    return new String(out);
  }

  /** What a verifier typed, as stored: spaces and dashes dropped, upper case; null when it cannot be a code. */
  public static String normalised(String typed) {
    if (typed == null) {
      return null;
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    if (code.length() != LENGTH) {
      return null;
    }
    for (char c : code.toCharArray()) {
      if (ALPHABET.indexOf(c) < 0) {
        return null;
      }
    }
    return code;
  }
}
