package io.haven.api.problems;

import io.haven.common.json.JsonRefused;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body the JSON reader refused (malformed JSON, wrong types): 400 naming the problem;
 * {@link StrictJsonBodies}' refusals carry their problem type and field.
 * Any other processing failure is ours and goes to {@link UnexpectedProblems}.
 */
@Provider
public class BodyProblems implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException failure) {
    if (failure.getCause() instanceof JsonRefused refused) {
      return new DomainProblems().toResponse(refused);
    }
    return MalformedJson.detail(failure)
        .map(detail -> ProblemType.MALFORMED_JSON.problem(detail).toResponse())
        .orElseGet(() -> UnexpectedProblems.incident(failure));
  }
}
