package io.haven.api.problems;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures of a request: 400 with each wrong field and its message. A violation of
 * a return value is not the partner's fault but ours, so it is an incident (500).
 */
@Provider
public class ValidationProblems implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException violations) {
    List<Problem.FieldProblem> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
      if (isReturnValue(violation.getPropertyPath())) {
        return UnexpectedProblems.incident(violations);
      }
      errors.add(new Problem.FieldProblem(field(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort(Comparator.comparing(Problem.FieldProblem::field));
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are not valid";
    Problem problem = ProblemType.INVALID_INPUT.problem(detail);
    return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), errors).toResponse();
  }

  /**
   * The field as the partner wrote it: the property path inside the body ({@code message},
   * {@code address.city}), or the parameter's name when the parameter itself is wrong.
   */
  static String field(Path path) {
    StringBuilder property = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        if (node.getName() == null) {
          continue;
        }
        if (property.length() > 0) {
          property.append('.');
        }
        property.append(node.getName());
      }
    }
    return property.length() > 0 ? property.toString() : parameter == null ? path.toString() : parameter;
  }

  private static boolean isReturnValue(Path path) {
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }
}
