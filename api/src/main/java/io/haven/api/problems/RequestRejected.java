package io.haven.api.problems;

/**
 * A request the API refuses before any resource runs (unsigned, stale, replayed, too large...),
 * thrown by filters and answered as its problem by {@link RejectionProblems}.
 */
public class RequestRejected extends RuntimeException {

  private final transient Problem problem;

  public RequestRejected(ProblemType type, String detail) {
    super(detail, null, false, false);
    this.problem = type.problem(detail);
  }

  /** Refused for one input field, e.g. a missing request header. */
  public RequestRejected(ProblemType type, String field, String detail) {
    super(detail, null, false, false);
    this.problem = new Problem(type.uri(), type.title, type.status, detail, java.util.List.of(new Problem.FieldProblem(field, detail)));
  }

  public Problem problem() {
    return problem;
  }
}
