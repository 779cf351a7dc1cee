package io.haven.storefront.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.haven.common.json.JsonRefused;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that claims to be JSON but cannot be read as the expected object (broken JSON, a number
 * where text belongs): JSON-B's failure reaches us wrapped in a ProcessingException. The client's
 * fault, so 400, not 500.
 */
@Provider
@ApplicationScoped
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Inject FailureAnswers answers;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException e) {
    if (e.getCause() instanceof JsonRefused refused) {
      return answers.answer(uri, headers, 400, refused.code(), refused.field(), refused.getMessage());
    }
    return answers.answer(uri, headers, 400, "request.unreadable", null, "The request body is not valid JSON for this call");
  }
}
