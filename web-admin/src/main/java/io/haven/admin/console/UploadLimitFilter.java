package io.haven.admin.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The console's upper bound on an upload request, checked before its body is parsed. Below it the
 * Faces servlet reads the upload and the field refuses it with its own size message (a 30 MB file
 * picked for a 2 MB image field: nothing stored, the field says why) even when the browser-side
 * check was bypassed. Above it (the multipart limit in web.xml is the same figure) nothing is
 * read: the answer is 413 with a sentence, instead of a parse failure answered as an empty 400.
 * Undertow's own max-post-size (wildfly-config 50-request-size.cli, 100 MB) must stay above this
 * figure: a declared length over it is refused by Undertow itself, with an empty 400, before any
 * filter runs.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadLimitFilter extends HttpFilter {

  /** Matches web.xml's multipart-config max-request-size; below Undertow's max-post-size. */
  public static final long MAX_REQUEST_BYTES = 50L * 1024 * 1024;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
      // Chinese is the console's default language; English for browsers that ask for it
      Locale locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
      String text = ResourceBundle.getBundle("io.haven.admin.messages", locale).getString("upload.request.tooLarge");
      response.setStatus(413);
      response.setContentType("text/plain;charset=UTF-8");
      // the body is not read; the connection closes rather than be drained
      response.setHeader("Connection", "close");
      response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }
}
