package io.haven.api.problems;

import io.haven.common.WriteConflict;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no other mapper knows: our failure, so 500 with a generic detail and an incident id
 * that is also in the server log beside the stack trace; the partner sees the id, never the trace.
 */
@Provider
public class UnexpectedProblems implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedProblems.class.getName());

  @Context Providers providers;

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Response toResponse(Throwable failure) {
    // The EJB container wraps what is not an application exception, e.g. a boundary's parameter
    // validation: answer for what is inside, if another mapper knows it.
    if (failure instanceof EJBException wrapped && wrapped.getCause() != null) {
      ExceptionMapper mapper = providers.getExceptionMapper(wrapped.getCause().getClass());
      if (mapper != null && !(mapper instanceof UnexpectedProblems)) {
        return mapper.toResponse(wrapped.getCause());
      }
    }
    // A write that lost to a parallel one at commit, outside every bean: "try again", not ours.
    Optional<WriteConflict> conflict = WriteConflict.causedBy(failure);
    if (conflict.isPresent()) {
      LOG.log(Level.FINE, "write conflict answered 409", failure);
      return new DomainProblems().toResponse(conflict.get());
    }
    return incident(failure);
  }

  static Response incident(Throwable failure) {
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "API incident " + incident, failure);
    return ProblemType.SERVER_ERROR
        .problem("Something went wrong on our side. Quote incident " + incident + " to Haven support.")
        .toResponse();
  }
}
