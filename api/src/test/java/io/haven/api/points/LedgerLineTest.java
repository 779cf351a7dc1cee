package io.haven.api.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.points.entity.PointsSource;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

class LedgerLineTest {

  /** The document lists the sources by hand (see LedgerLine): a new source must be listed too. */
  @Test
  void theDocumentedSourcesAreTheDomainsSources() throws Exception {
    Schema schema = LedgerLine.class.getRecordComponents()[3].getAccessor().getDeclaringClass()
        .getDeclaredField("source").getAnnotation(Schema.class);
    if (schema == null) {
      schema = LedgerLine.class.getRecordComponents()[3].getAnnotation(Schema.class);
    }
    assertThat(schema.enumeration())
        .containsExactlyElementsOf(Arrays.stream(PointsSource.values()).map(Enum::name).toList());
  }
}
