package io.haven.examples;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
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
 * // or, for java.net.http (e.g. openapi-generator's "native" Java client):
 * apiClient.setRequestInterceptor(signer::sign);
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

  /**
   * Signs a java.net.http request about to be sent: reads its method, raw path and query, and body
   * bytes, and sets the four headers. Fits the request interceptor of openapi-generator's
   * {@code native} Java client, whose body publishers can be read more than once.
   */
  public void sign(HttpRequest.Builder builder) {
    HttpRequest request = builder.copy().build();
    URI uri = request.uri();
    String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    byte[] body = request.bodyPublisher().map(HavenSigner::bytes).orElse(new byte[0]);
    headers(request.method(), pathAndQuery, body).forEach(builder::setHeader);
  }

  /** The bytes a body publisher sends. */
  private static byte[] bytes(HttpRequest.BodyPublisher publisher) {
    CompletableFuture<byte[]> done = new CompletableFuture<>();
    publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
      private final ByteArrayOutputStream out = new ByteArrayOutputStream();

      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(ByteBuffer item) {
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        out.writeBytes(chunk);
      }

      @Override
      public void onError(Throwable failure) {
        done.completeExceptionally(failure);
      }

      @Override
      public void onComplete() {
        done.complete(out.toByteArray());
      }
    });
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the request body could not be read", e.getCause());
    }
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
