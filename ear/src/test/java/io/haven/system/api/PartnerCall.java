package io.haven.system.api;

import io.haven.system.Server;
import io.haven.tenancy.control.RequestSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One partner request, signed as a partner's system signs it (with the same canonical form the
 * server checks), and ways to get it wrong on purpose: another secret, an old timestamp, a reused
 * nonce, a missing header, a body changed after signing.
 */
final class PartnerCall {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String method;
  private final String pathAndQuery;
  private String appId;
  private String secret;
  private byte[] body = new byte[0];
  private byte[] sentBody;
  private String contentType;
  private String accept = "application/json";
  private long timestamp = Instant.now().getEpochSecond();
  private String nonce = UUID.randomUUID().toString().replace("-", "");
  private String signature;
  private String sentPathAndQuery;
  private final Set<String> omitted = new HashSet<>();
  private final Map<String, String> extra = new LinkedHashMap<>();

  private PartnerCall(String method, String pathAndQuery) {
    this.method = method;
    this.pathAndQuery = pathAndQuery;
  }

  /** {@code pathAndQuery} as sent, starting with /api/v1. */
  static PartnerCall of(String method, String pathAndQuery) {
    return new PartnerCall(method, pathAndQuery);
  }

  PartnerCall as(String appId, String secret) {
    this.appId = appId;
    this.secret = secret;
    return this;
  }

  PartnerCall body(String json) {
    return body(json.getBytes(StandardCharsets.UTF_8));
  }

  PartnerCall body(byte[] bytes) {
    this.body = bytes;
    return this;
  }

  /** Sent even with an empty body; without it, a body is sent as application/json. */
  PartnerCall contentType(String contentType) {
    this.contentType = contentType;
    return this;
  }

  PartnerCall accept(String accept) {
    this.accept = accept;
    return this;
  }

  PartnerCall timestamp(long epochSeconds) {
    this.timestamp = epochSeconds;
    return this;
  }

  PartnerCall nonce(String nonce) {
    this.nonce = nonce;
    return this;
  }

  PartnerCall signature(String signature) {
    this.signature = signature;
    return this;
  }

  /** An unsigned header besides the four of the signature, e.g. Idempotency-Key. */
  PartnerCall header(String name, String value) {
    extra.put(name, value);
    return this;
  }

  PartnerCall without(String header) {
    omitted.add(header);
    return this;
  }

  /** Signs {@link #body}, then sends {@code tampered} instead. */
  PartnerCall sendingInstead(String tampered) {
    this.sentBody = tampered.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  /** Signs {@link #pathAndQuery}, then sends the request to {@code tampered} instead. */
  PartnerCall sendingTo(String tampered) {
    this.sentPathAndQuery = tampered;
    return this;
  }

  Map<String, String> headers() {
    String canonical = RequestSignature.canonical(method, pathAndQuery, Long.toString(timestamp), nonce, body);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Haven-AppId", appId);
    headers.put("X-Haven-Timestamp", Long.toString(timestamp));
    headers.put("X-Haven-Nonce", nonce);
    headers.put("X-Haven-Signature", signature != null ? signature : RequestSignature.sign(secret, canonical));
    headers.putAll(extra);
    omitted.forEach(headers::remove);
    return headers;
  }

  HttpResponse<String> send() {
    byte[] payload = sentBody != null ? sentBody : body;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Server.base() + (sentPathAndQuery != null ? sentPathAndQuery : pathAndQuery)))
            .method(
                method,
                payload.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(payload))
            .header("Accept", accept);
    if (contentType != null || payload.length > 0) {
      request.header("Content-Type", contentType != null ? contentType : "application/json");
    }
    headers().forEach(request::header);
    return send(request.build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
