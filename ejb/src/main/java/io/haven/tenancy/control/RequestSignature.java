package io.haven.tenancy.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The partner-API request signature (V5): HMAC-SHA256, keyed with the product's secret, over
 *
 * <pre>
 * METHOD \n PATH[?QUERY] \n TIMESTAMP \n NONCE \n hex(SHA-256(raw body))
 * </pre>
 *
 * sent as lowercase hex. The same class signs (the example client, tests) and checks.
 */
public final class RequestSignature {

  private RequestSignature() {}

  public static String canonical(String method, String pathAndQuery, String timestamp, String nonce, byte[] body) {
    return method.toUpperCase(java.util.Locale.ROOT)
        + "\n" + pathAndQuery
        + "\n" + timestamp
        + "\n" + nonce
        + "\n" + sha256Hex(body == null ? new byte[0] : body);
  }

  public static String sign(String secret, String canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Constant-time comparison of the expected and the presented signature. */
  public static boolean matches(String secret, String canonical, String presented) {
    if (presented == null) {
      return false;
    }
    byte[] expected = sign(secret, canonical).getBytes(StandardCharsets.US_ASCII);
    byte[] given = presented.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  public static String sha256Hex(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
