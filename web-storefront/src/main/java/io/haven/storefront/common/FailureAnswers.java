package io.haven.storefront.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Turns a failure into what the caller can read: problem+json in the member's language for the
 * API, a friendly HTML page for page URLs. Every exception mapper answers through here, so the two
 * faces never drift apart.
 */
@ApplicationScoped
public class FailureAnswers {

  public static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");

  @Inject Texts texts;
  @Inject PageShell pages;

  /**
   * @param code message key of the rule broken; its text in the member's language is the detail
   * @param field the input field at fault, or null
   * @param fallback the detail when no text exists for the code (English, from the exception)
   */
  public Response answer(UriInfo uri, HttpHeaders headers, int status, String code, String field, String fallback) {
    if (Surface.of(uri) == Surface.PAGE) {
      return page(status == 404 ? "not-found" : "error", status, Map.of());
    }
    return problem(headers, status, code, field, fallback, null);
  }

  /** A problem answer whatever the URL (the caller knows it is the API). */
  public Response problem(HttpHeaders headers, int status, String code, String field, String fallback, String instance) {
    Language language = Language.preferred(headers.getAcceptableLanguages());
    String detail = textOr(language, code, fallback);
    List<Problem.FieldError> errors = field == null ? List.of() : List.of(new Problem.FieldError(field, code, detail));
    return problem(new Problem(status, code, title(language, status), detail, errors, instance));
  }

  /** Several field errors at once (Bean Validation). */
  public Response invalid(HttpHeaders headers, List<Problem.FieldError> errors) {
    Language language = Language.preferred(headers.getAcceptableLanguages());
    String code = "request.invalid";
    return problem(new Problem(400, code, title(language, 400), textOr(language, code, "Invalid input"), errors, null));
  }

  public Response page(String template, int status, Map<String, String> values) {
    String html = pages.render(template, values, "{\"status\":" + status + "}");
    return Response.status(status).type(HTML).entity(html).build();
  }

  public String textOr(Language language, String key, String fallback) {
    String text = key == null ? null : texts.text(language, key);
    return text != null ? text : fallback;
  }

  private String title(Language language, int status) {
    return textOr(language, "problem." + status, textOr(language, "problem." + (status / 100 * 100), "Error"));
  }

  private static Response problem(Problem problem) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem.toJson().getBytes(StandardCharsets.UTF_8))
        .build();
  }
}
