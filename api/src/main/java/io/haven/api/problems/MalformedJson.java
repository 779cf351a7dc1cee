package io.haven.api.problems;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.NoContentException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what is wrong with a request body that could not be read as JSON, in words a partner can
 * act on (where the syntax breaks, which property has the wrong shape) and without passing on
 * the parser's own exception text.
 */
final class MalformedJson {

  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_$]{1,64})'?");

  private MalformedJson() {}

  /** What is wrong, if the failure (or one of its causes) is about the JSON body. */
  static Optional<String> detail(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonParsingException parsing) {
        JsonLocation at = parsing.getLocation();
        return Optional.of(
            at == null
                ? "The body is not valid JSON"
                : "The body is not valid JSON: syntax error at line " + at.getLineNumber() + ", column "
                    + at.getColumnNumber());
      }
      if (t instanceof NoContentException) {
        return Optional.of("The request needs a JSON body");
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
        return Optional.of(
            property.find()
                ? "The JSON body does not have the expected shape: property '" + property.group(1) + "' has the wrong type"
                : "The JSON body does not have the expected shape");
      }
    }
    return Optional.empty();
  }
}
