package io.haven.tenancy.control;

import io.haven.common.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and checks passwords of console users and hosted members with the JDK's PBKDF2
 * (HMAC-SHA256, 210,000 iterations, 32-byte salt), stored as
 * {@code PBKDF2WithHmacSHA256:iterations:salt:hash} — the format of Jakarta Security's
 * Pbkdf2PasswordHash, so either can read the other's hashes. The parameters travel inside each
 * hash and can be raised later without breaking old ones. Also holds the password policy.
 */
@ApplicationScoped
public class Passwords {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 32;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();
  /**
   * Every PBKDF2 derivation this server made: a hash costs ~70 ms of a core, so tests assert that a
   * refused sign-in (throttled, see {@code SignInAttempts}) computed none.
   */
  private static final AtomicLong COMPUTED = new AtomicLong();

  /** How many password hashes this server has computed since it started. */
  public static long hashesComputed() {
    return COMPUTED.get();
  }

  /** Checks the policy (8–128 characters, a letter and a digit), then hashes. */
  public String hash(String field, String password) {
    requireAcceptable(field, password);
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":"
        + b64.encodeToString(derive(password, ALGORITHM, ITERATIONS, salt, KEY_BITS));
  }

  public boolean matches(String password, String stored) {
    if (password == null || stored == null || password.length() > MAX_LENGTH) {
      return false;
    }
    String[] parts = stored.split(":");
    if (parts.length != 4) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      byte[] actual = derive(password, parts[0], iterations, salt, expected.length * 8);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public static void requireAcceptable(String field, String password) {
    if (password == null
        || password.length() < MIN_LENGTH
        || password.length() > MAX_LENGTH
        || password.chars().noneMatch(Character::isLetter)
        || password.chars().noneMatch(Character::isDigit)) {
      throw new InvalidInput(
          field, "password.weak", "Password must be 8 to 128 characters with at least one letter and one digit");
    }
  }

  private static byte[] derive(String password, String algorithm, int iterations, byte[] salt, int bits) {
    COMPUTED.incrementAndGet();
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bits);
    try {
      return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("unsupported password hash " + algorithm, e);
    } finally {
      spec.clearPassword();
    }
  }
}
