package io.haven.storefront.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures (on request bodies, or raised by a boundary): 400 with one error per
 * field, each field named as the JSON property the page sent.
 */
@Provider
@ApplicationScoped
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Inject FailureAnswers answers;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    Language language = Language.preferred(headers.getAcceptableLanguages());
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> error(language, v))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return answers.invalid(headers, errors);
  }

  private Problem.FieldError error(Language language, ConstraintViolation<?> violation) {
    String field = "body";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        field = node.getName();
      }
    }
    String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    String code = "validation." + constraint;
    return new Problem.FieldError(field, code, answers.textOr(language, code, violation.getMessage()));
  }
}
