package io.haven.tenancy.control;

import java.security.SecureRandom;

/** Generates product appIds: "hv" and 16 random lowercase letters or digits (~82 bits). */
public final class AppIds {

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private AppIds() {}

  public static String next() {
    StringBuilder id = new StringBuilder("hv");
    for (int i = 0; i < 16; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }

  public static boolean looksValid(String appId) {
    return appId != null && appId.matches("hv[a-z0-9]{16}");
  }
}
