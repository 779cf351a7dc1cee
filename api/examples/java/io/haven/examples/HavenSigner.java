package io.haven.examples;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs Haven partner API requests (V5) with nothing but the JDK (Java 17+). Copy this file into
 * your code base; api/README shows how to plug it into a client generated from the OpenAPI
 * document.
 *
 * <pre>
 * HavenSigner signer = new HavenSigner(appId, secret);
 * Map&lt;String, String&gt; headers = signer.headers("POST", "/api/v1/members", bodyBytes);
 * </pre>
 */
public final class HavenSigner {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String appId;
  private final byte[] secret;

  public HavenSigner(String appId, String secret) {
    this.appId = appId;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The four X-Haven-* headers for one request, with the time now and a new nonce.
   *
   * @param method GET, POST, ...
   * @param pathAndQuery exactly as sent, still percent-encoded, e.g. {@code /api/v1/members/M-1/points/ledger?page=0}
   * @param body the exact body bytes sent, or an empty array (or null) for none
   */
  public Map<String, String> headers(String method, String pathAndQuery, byte[] body) {
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String nonce = HexFormat.of().formatHex(random);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Haven-AppId", appId);
    headers.put("X-Haven-Timestamp", timestamp);
    headers.put("X-Haven-Nonce", nonce);
    headers.put("X-Haven-Signature", signature(canonical(method, pathAndQuery, timestamp, nonce, body)));
    return headers;
  }

  /** METHOD \n PATH[?QUERY] \n TIMESTAMP \n NONCE \n hex(SHA-256(body)), no trailing newline. */
  public static String canonical(String method, String pathAndQuery, String timestamp, String nonce, byte[] body) {
    return method.toUpperCase(Locale.ROOT) + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n"
        + hex(sha256(body == null ? new byte[0] : body));
  }

  /** Lowercase hex HMAC-SHA256 of the canonical request, keyed with the API secret. */
  public String signature(String canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return hex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
