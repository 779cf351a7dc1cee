package io.haven.api.idempotency;

import io.haven.api.problems.DomainProblems;
import io.haven.tenancy.boundary.PartnerRequests;
import io.haven.tenancy.boundary.PartnerAnswer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * Runs the work of an {@link Idempotent} POST at most once per key (see {@link PartnerRequests}):
 * the key's row, the work and its answer in one transaction; a broken rule's problem kept as the
 * answer; a retry answered with the kept answer. The answer is written to JSON here, once, so a replay is byte for byte what the
 * first request got.
 */
@RequestScoped
public class IdempotentRequest {

  public static final String REPLAYED = "Idempotent-Replayed";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject PartnerRequests requests;

  private String key;
  private String fingerprint;

  void identify(String key, String fingerprint) {
    this.key = key;
    this.fingerprint = fingerprint;
  }

  public Response once(Supplier<Response> work) {
    if (key == null) {
      // Unreachable through HTTP: IdempotencyKeys runs before every @Idempotent method.
      throw new IllegalStateException("resource method is not @Idempotent");
    }
    PartnerAnswer answer =
        requests.once(key, fingerprint, () -> recorded(work.get()), rule -> recorded(new DomainProblems().toResponse(rule)));
    Response response = answer(answer);
    return answer.replayed() ? Response.fromResponse(response).header(REPLAYED, "true").build() : response;
  }

  private static PartnerAnswer recorded(Response response) {
    MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
    Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
    Object entity = response.getEntity();
    return PartnerAnswer.of(
        response.getStatus(),
        type.toString(),
        location == null ? null : location.toString(),
        entity == null ? null : JSON.toJson(entity));
  }

  private static Response answer(PartnerAnswer recorded) {
    Response.ResponseBuilder answer = Response.status(recorded.status()).type(recorded.type()).entity(recorded.body());
    if (recorded.location() != null) {
      answer.header(HttpHeaders.LOCATION, recorded.location());
    }
    return answer.build();
  }

}
