package io.haven.api.idempotency;

import io.haven.api.problems.ProblemType;
import io.haven.api.problems.RequestRejected;
import io.haven.tenancy.boundary.PartnerRequestRefused;
import io.haven.tenancy.control.RequestSignature;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Before an {@link Idempotent} method runs (and before its body is even validated): the
 * Idempotency-Key header must be there and well-formed, and the request gets its fingerprint —
 * method, path and body — so the same key cannot be used for another request. The signature check
 * has already read and capped the body, so reading it again is cheap.
 */
@Provider
@Idempotent
@Priority(Priorities.HEADER_DECORATOR)
@ApplicationScoped
public class IdempotencyKeys implements ContainerRequestFilter {

  public static final String HEADER = PartnerRequestRefused.FIELD;
  /** A key's shape, as the OpenAPI document states it (ECMA-262, read alike by Java and Python). */
  public static final String PATTERN = "^[A-Za-z0-9_.:-]{1,64}(?![\\s\\S])";
  static final Pattern KEY_SHAPE = Pattern.compile(PATTERN);

  @Inject IdempotentRequest request;

  @Override
  public void filter(ContainerRequestContext context) throws IOException {
    String key = context.getHeaderString(HEADER);
    if (key == null || key.isEmpty()) {
      throw new RequestRejected(
          ProblemType.INVALID_INPUT, HEADER, "The " + HEADER + " header is required: a new key for every new request, the same key for its retries");
    }
    if (!KEY_SHAPE.matcher(key).matches()) {
      throw new RequestRejected(
          ProblemType.INVALID_INPUT, HEADER, HEADER + " must be 1 to 64 characters of A-Z, a-z, 0-9 and _ . : -");
    }
    byte[] body;
    try (InputStream in = context.getEntityStream()) {
      body = in == null ? new byte[0] : in.readAllBytes();
    }
    context.setEntityStream(new ByteArrayInputStream(body));
    String fingerprint =
        RequestSignature.sha256Hex(
            (context.getMethod() + "\n" + context.getUriInfo().getRequestUri().getRawPath() + "\n" + RequestSignature.sha256Hex(body))
                .getBytes(StandardCharsets.UTF_8));
    request.identify(key, fingerprint);
  }
}
