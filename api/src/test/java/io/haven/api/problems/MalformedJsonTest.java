package io.haven.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.NoContentException;
import org.junit.jupiter.api.Test;

class MalformedJsonTest {

  @Test
  void aSyntaxErrorSaysWhereWithoutTheParsersText() {
    JsonParsingException parsing = new JsonParsingException("Invalid token=CURLYCLOSE", at(3, 14));
    RuntimeException wrapped = new RuntimeException("RESTEASY008200: JSON Binding deserialization error", new JsonbException("Internal error", parsing));

    assertThat(MalformedJson.detail(wrapped))
        .hasValue("The body is not valid JSON: syntax error at line 3, column 14");
  }

  @Test
  void aWrongShapeNamesTheProperty() {
    JsonbException binding = new JsonbException("Unable to deserialize property 'message' because of: Could not deserialize");

    assertThat(MalformedJson.detail(new RuntimeException(binding)))
        .hasValue("The JSON body does not have the expected shape: property 'message' has the wrong type");
    assertThat(MalformedJson.detail(new JsonbException("Cannot create instance of a class")))
        .hasValue("The JSON body does not have the expected shape");
  }

  @Test
  void anEmptyBodyIsAMissingBody() {
    assertThat(MalformedJson.detail(new RuntimeException(new NoContentException("empty")))).hasValue("The request needs a JSON body");
  }

  @Test
  void otherFailuresAreNotAboutTheBody() {
    assertThat(MalformedJson.detail(new IllegalStateException("boom", new NullPointerException()))).isEmpty();
  }

  private static JsonLocation at(long line, long column) {
    return new JsonLocation() {
      @Override
      public long getLineNumber() {
        return line;
      }

      @Override
      public long getColumnNumber() {
        return column;
      }

      @Override
      public long getStreamOffset() {
        return 0;
      }
    };
  }
}
