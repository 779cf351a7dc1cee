package io.haven.storefront.tenancy;

import io.haven.storefront.common.FailureAnswers;
import io.haven.storefront.common.Surface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Members who follow a link too early see whose mall it will be and that it is not open yet. */
@Provider
@ApplicationScoped
public class StorefrontNotOpenMapper implements ExceptionMapper<StorefrontNotOpen> {

  @Inject FailureAnswers answers;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(StorefrontNotOpen e) {
    if (Surface.of(uri) == Surface.API) {
      return answers.problem(headers, e.kind().status, e.code(), null, e.getMessage(), null);
    }
    return answers.page(
        "not-open",
        e.kind().status,
        Map.of("productName", e.product().productName(), "enterpriseName", e.product().enterpriseName()));
  }
}
