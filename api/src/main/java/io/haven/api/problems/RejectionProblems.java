package io.haven.api.problems;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a refused request with its problem; a 401 also names the scheme it expects (RFC 9110). */
@Provider
public class RejectionProblems implements ExceptionMapper<RequestRejected> {

  static final String CHALLENGE = "HavenSignature realm=\"haven-api\"";

  @Override
  public Response toResponse(RequestRejected rejected) {
    Response response = rejected.problem().toResponse();
    if (response.getStatus() == 401) {
      return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
    return response;
  }
}
