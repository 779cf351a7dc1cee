package io.haven.storefront.common;

import io.haven.common.HavenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A broken business rule: its kind gives the status, its code the message, its field the input. */
@Provider
@ApplicationScoped
public class HavenExceptionMapper implements ExceptionMapper<HavenException> {

  @Inject FailureAnswers answers;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(HavenException e) {
    Response answer = answers.answer(uri, headers, e.kind().status, e.code(), e.field(), e.getMessage());
    // e.g. a throttled sign-in: when to try again
    return e.retryAfterSeconds() > 0
        ? Response.fromResponse(answer).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build()
        : answer;
  }
}
