package io.haven.api.signature;

import io.haven.api.problems.ProblemType;
import io.haven.api.problems.RequestRejected;
import io.haven.common.TenantContext;
import io.haven.tenancy.boundary.ApiCredentials;
import io.haven.tenancy.boundary.CallerCredential;
import io.haven.tenancy.control.DirectoryCache;
import io.haven.tenancy.control.RequestSignature;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every API request must be signed (V5). Before any resource is even matched — so an unsigned
 * caller learns nothing about which paths exist — this checks, in order: the four headers are
 * there and well-formed, the timestamp is within 300 s of ours, the body is at most 1 MiB, the
 * signature matches one of the appId's valid secrets (current, or previous within its grace),
 * and the nonce was not used before by that appId. Only then does the request enter the caller's
 * tenant.
 *
 * <p>An unknown appId and a wrong signature get the same answer, so appIds cannot be probed. The
 * nonce is recorded only after the signature verified, so unsigned garbage cannot fill the cache.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class SignatureCheck implements ContainerRequestFilter {

  public static final String APP_ID = "X-Haven-AppId";
  public static final String TIMESTAMP = "X-Haven-Timestamp";
  public static final String NONCE = "X-Haven-Nonce";
  public static final String SIGNATURE = "X-Haven-Signature";
  static final long WINDOW_SECONDS = 300;
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final Pattern NONCE_SHAPE = Pattern.compile("[A-Za-z0-9_-]{8,64}");
  private static final Pattern TIMESTAMP_SHAPE = Pattern.compile("[0-9]{1,12}");
  private static final String NOT_VERIFIED =
      "The signature does not match this request for this appId";
  /** Signs a request nobody can verify, so an unknown appId costs what a known one costs. */
  private static final List<String> NO_SECRETS = List.of("haven-unknown-app");

  @Inject ApiCredentials credentials;
  @Inject DirectoryCache directory;
  @Inject SeenNonces nonces;
  @Inject TenantContext tenant;
  @Inject ApiCaller caller;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String appId = header(request, APP_ID);
    String timestamp = header(request, TIMESTAMP);
    String nonce = header(request, NONCE);
    String signature = header(request, SIGNATURE);
    if (!TIMESTAMP_SHAPE.matcher(timestamp).matches()) {
      throw new RequestRejected(ProblemType.MALFORMED_HEADER, TIMESTAMP + " must be the time in epoch seconds");
    }
    if (!NONCE_SHAPE.matcher(nonce).matches()) {
      throw new RequestRejected(
          ProblemType.MALFORMED_HEADER, NONCE + " must be 8 to 64 characters of A-Z, a-z, 0-9, '_' and '-'");
    }
    long sentAt = Long.parseLong(timestamp);
    long now = Instant.now().getEpochSecond();
    if (Math.abs(now - sentAt) > WINDOW_SECONDS) {
      throw new RequestRejected(
          ProblemType.STALE,
          TIMESTAMP + " is " + Math.abs(now - sentAt) + " s away from the server time " + now
              + "; at most " + WINDOW_SECONDS + " s are accepted");
    }
    byte[] body = readBody(request);
    String canonical =
        RequestSignature.canonical(request.getMethod(), pathAndQuery(), timestamp, nonce, body);

    // a hit costs no transaction; a miss (or an appId too long to be one) goes to the boundary
    Optional<CallerCredential> credential =
        appId.length() <= 32 ? directory.cachedCredential(appId) : Optional.empty();
    if (credential.isEmpty()) {
      credential = credentials.resolve(appId);
    }
    List<String> secrets = credential.map(CallerCredential::secrets).orElse(NO_SECRETS);
    boolean verified = false;
    for (String secret : secrets) {
      // no early exit: every candidate secret costs one comparison either way
      verified |= RequestSignature.matches(secret, canonical, signature);
    }
    if (credential.isEmpty() || !verified) {
      throw new RequestRejected(ProblemType.BAD_SIGNATURE, NOT_VERIFIED);
    }
    if (!nonces.firstUse(appId, nonce, sentAt)) {
      throw new RequestRejected(
          ProblemType.REPLAYED, "This " + NONCE + " was already used; sign every request with a fresh nonce");
    }
    tenant.enterTenant(credential.get().tenantId(), "api:" + appId);
    caller.verified(credential.get());
  }

  private static String header(ContainerRequestContext request, String name) {
    String value = request.getHeaderString(name);
    if (value == null || value.isBlank()) {
      throw new RequestRejected(ProblemType.UNSIGNED, "The " + name + " header is missing");
    }
    return value.strip();
  }

  /**
   * The path exactly as sent (still percent-encoded, with the context root) and the raw query:
   * what the partner signed, before any decoding could make two requests look alike.
   */
  private String pathAndQuery() {
    String query = servletRequest.getQueryString();
    return query == null ? servletRequest.getRequestURI() : servletRequest.getRequestURI() + "?" + query;
  }

  /** Reads the whole body (it is signed) and hands an identical copy on to the resource. */
  private static byte[] readBody(ContainerRequestContext request) throws IOException {
    if (request.getLength() > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    byte[] body;
    try (InputStream in = request.getEntityStream()) {
      body = in == null ? new byte[0] : in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    return body;
  }

  private static RequestRejected tooLarge() {
    return new RequestRejected(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB");
  }
}
