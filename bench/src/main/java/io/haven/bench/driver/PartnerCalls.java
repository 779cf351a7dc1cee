package io.haven.bench.driver;

import io.haven.tenancy.control.RequestSignature;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Signed partner-API calls, as a partner's system would make them (V5). */
final class PartnerCalls {

  private final Http http;
  private final String appId;
  private final String secret;

  PartnerCalls(Http http, String appId, String secret) {
    this.http = http;
    this.appId = appId;
    this.secret = secret;
  }

  Http.Answer post(String path, String json, String idempotencyKey) throws Exception {
    return http.post(path, json, headers(path, json, idempotencyKey));
  }

  /** The same call on a worker's own kept-alive connection (the measured load). */
  KeepAlive.Answer post(KeepAlive connection, String path, String json, String idempotencyKey) throws Exception {
    return connection.post(path, json, headers(path, json, idempotencyKey));
  }

  private String[] headers(String path, String json, String idempotencyKey) {
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    String nonce = UUID.randomUUID().toString().replace("-", "");
    String canonical = RequestSignature.canonical("POST", path, timestamp, nonce, json.getBytes(StandardCharsets.UTF_8));
    return new String[] {
        "X-Haven-AppId", appId,
        "X-Haven-Timestamp", timestamp,
        "X-Haven-Nonce", nonce,
        "X-Haven-Signature", RequestSignature.sign(secret, canonical),
        "Idempotency-Key", idempotencyKey};
  }
}
