package io.haven.api.idempotency;

import io.haven.api.problems.DomainProblems;
import io.haven.common.HavenException;
import io.haven.tenancy.boundary.PartnerRequests;
import io.haven.tenancy.boundary.RecordedAnswer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the work of an {@link Idempotent} POST at most once per key (see {@link PartnerRequests}):
 * claim the key, run the work and record its answer in one transaction, answer a retry with the
 * recorded answer. The answer is written to JSON here, once, so a replay is byte for byte what the
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
    Optional<RecordedAnswer> earlier = requests.claim(key, fingerprint);
    if (earlier.isPresent()) {
      return Response.fromResponse(answer(earlier.get())).header(REPLAYED, "true").build();
    }
    try {
      return answer(requests.answerOnce(key, () -> recorded(work.get())));
    } catch (HavenException rule) {
      if (rule.kind() == HavenException.Kind.BUSY || rule.kind().status >= 500) {
        requests.release(key); // may pass when retried
        throw rule;
      }
      // A broken rule is the request's answer: a retry would break it again, so replay it.
      RecordedAnswer refusal = recorded(new DomainProblems().toResponse(rule));
      requests.recordRefusal(key, refusal);
      return answer(refusal);
    } catch (RuntimeException failure) {
      requests.release(key);
      throw failure;
    }
  }

  private static RecordedAnswer recorded(Response response) {
    MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
    Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
    Object entity = response.getEntity();
    return new RecordedAnswer(
        response.getStatus(),
        type.toString(),
        location == null ? null : location.toString(),
        entity == null ? null : JSON.toJson(entity));
  }

  private static Response answer(RecordedAnswer recorded) {
    Response.ResponseBuilder answer = Response.status(recorded.status()).type(recorded.type()).entity(recorded.body());
    if (recorded.location() != null) {
      answer.header(HttpHeaders.LOCATION, recorded.location());
    }
    return answer.build();
  }

}
