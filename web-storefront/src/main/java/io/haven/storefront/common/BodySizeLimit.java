package io.haven.storefront.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a storefront request body larger than {@link #MAX_BYTES} with 413 problem+json before
 * any of it is parsed. The largest honest body is a receipt submission (a few images of at most
 * 2 MB, Base64-encoded in JSON); anything beyond the limit would only cost memory and CPU to
 * read and refuse later. A declared length is refused without reading a byte; a body of unknown
 * length (chunked) is read up to the limit, and no further.
 */
@Provider
@PreMatching
@ApplicationScoped
public class BodySizeLimit implements ContainerRequestFilter {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  @Inject FailureAnswers answers;
  @Context HttpHeaders headers;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity()) {
      return;
    }
    int declared = request.getLength();
    if (declared > MAX_BYTES) {
      refuse(request);
      return;
    }
    if (declared < 0) {
      InputStream body = request.getEntityStream();
      byte[] read = body.readNBytes(MAX_BYTES + 1);
      if (read.length > MAX_BYTES) {
        refuse(request);
        return;
      }
      request.setEntityStream(new ByteArrayInputStream(read));
    }
  }

  private void refuse(ContainerRequestContext request) {
    request.abortWith(
        answers.problem(headers, 413, "request.tooLarge", null, "The request body is larger than " + MAX_BYTES + " bytes", null));
  }
}
