package io.haven.activities.control;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Provably fair draws (issue 12). An activity commits to a secret server seed when it is
 * published — the commitment, SHA-256 of the seed's 32 bytes, is shown on the rules page — and
 * every play's number is derived from that seed alone:
 *
 * <pre>
 *   mac      = HMAC-SHA256(key = seed bytes, message = UTF-8 "activityId|memberId|playNumber")
 *   candidate = the mac's 8-byte big-endian words in order, each an unsigned 64-bit integer
 *   number   = the first candidate below 2^64 − (2^64 mod 1,000,000), reduced mod 1,000,000
 * </pre>
 *
 * Candidates at or above that bound are rejected (plain modulo would favour small numbers by up
 * to one part in 1.8·10^13); if all four words of a mac are rejected — about never — the next mac
 * is taken over "activityId|memberId|playNumber|k" for k = 1, 2, …. After the end the seed is
 * revealed and anyone can check the commitment and recompute each number with {@link #verify}.
 * Nothing here depends on the database or on time: the same inputs always give the same number.
 */
public final class FairDraw {

  /** Numbers are drawn uniformly from [0, RANGE): one per part per million of probability. */
  public static final int RANGE = 1_000_000;

  static final int SEED_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  /** 2^64 − (2^64 mod RANGE), as an unsigned long: candidates below it are uniform mod RANGE. */
  static final long ACCEPT_BELOW =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE.shiftLeft(64).mod(BigInteger.valueOf(RANGE))).longValue();

  private FairDraw() {}

  /** A new secret seed, hex: 32 bytes from {@link SecureRandom}. */
  public static String newSeed() {
    byte[] seed = new byte[SEED_BYTES];
    RANDOM.nextBytes(seed);
    return HexFormat.of().formatHex(seed);
  }

  /** SHA-256 of the seed's bytes, hex: what is published before the first play. */
  public static String commitment(String seedHex) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(seedHex)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The play's number in [0, RANGE). */
  public static int draw(String seedHex, long activityId, long memberId, long playNumber) {
    byte[] key = bytes(seedHex);
    String message = activityId + "|" + memberId + "|" + playNumber;
    for (int round = 0; ; round++) {
      ByteBuffer words = ByteBuffer.wrap(hmac(key, round == 0 ? message : message + "|" + round));
      while (words.remaining() >= Long.BYTES) {
        long candidate = words.getLong();
        if (Long.compareUnsigned(candidate, ACCEPT_BELOW) < 0) {
          return (int) Long.remainderUnsigned(candidate, RANGE);
        }
      }
    }
  }

  /**
   * True when {@code seedHex} is the seed the activity committed to and it gives the recorded
   * number for that play: what a member (or the documented command) checks after the reveal.
   */
  public static boolean verify(String seedHex, String commitmentHex, long activityId, long memberId, long playNumber, int recordedNumber) {
    return commitmentHex != null
        && MessageDigest.isEqual(commitment(seedHex).getBytes(StandardCharsets.US_ASCII), commitmentHex.toLowerCase().getBytes(StandardCharsets.US_ASCII))
        && draw(seedHex, activityId, memberId, playNumber) == recordedNumber;
  }

  /**
   * The documented command a member or auditor runs after the reveal, with nothing but a Java
   * runtime and this jar:
   * {@code java -cp haven-ejb.jar io.haven.activities.control.FairDraw <seed> <commitment> <activityId> <memberId> <playNumber>}
   * prints whether the seed matches the commitment and the play's number (compare it with the
   * number on the member's play record).
   */
  public static void main(String[] args) {
    if (args.length != 5) {
      System.err.println("usage: FairDraw <seed hex> <commitment hex> <activityId> <memberId> <playNumber>");
      System.exit(2);
    }
    boolean committed = commitment(args[0]).equalsIgnoreCase(args[1]);
    int number = draw(args[0], Long.parseLong(args[2]), Long.parseLong(args[3]), Long.parseLong(args[4]));
    System.out.println("commitment " + (committed ? "matches" : "DOES NOT MATCH") + "; number " + number);
    System.exit(committed ? 0 : 1);
  }

  private static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  private static byte[] bytes(String seedHex) {
    if (seedHex == null || seedHex.length() != SEED_BYTES * 2) {
      throw new IllegalArgumentException("a seed is " + SEED_BYTES * 2 + " hex digits");
    }
    return HexFormat.of().parseHex(seedHex);
  }
}
