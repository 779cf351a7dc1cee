package io.haven.mall.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A cached page's forms: the gzip copy is the same JSON, the tags follow the content. */
class HotPageTest {

  private static final byte[] JSON = "{\"items\":[{\"name\":\"茶饮券\"}],\"total\":1}".getBytes(StandardCharsets.UTF_8);

  @Test
  void theGzipCopyUnpacksToTheJson() throws IOException {
    HotPage page = HotPage.of(JSON);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzip()))) {
      assertThat(in.readAllBytes()).isEqualTo(JSON);
    }
    assertThat(page.json()).isSameAs(JSON);
  }

  @Test
  void tagsAreStrongPerContentAndPerCopy() {
    HotPage page = HotPage.of(JSON);
    assertThat(page.etag()).matches("\"[0-9a-f]{64}\"");
    assertThat(page.gzipEtag()).isNotEqualTo(page.etag());
    assertThat(HotPage.of(JSON.clone()).etag()).as("same bytes, same tag").isEqualTo(page.etag());
    assertThat(HotPage.of("{\"total\":0}".getBytes(StandardCharsets.UTF_8)).etag()).isNotEqualTo(page.etag());
  }

  @Test
  void ifNoneMatchComparesWeaklyAndAcceptsListsAndStar() {
    HotPage page = HotPage.of(JSON);
    assertThat(page.matches(page.etag())).isTrue();
    assertThat(page.matches(page.gzipEtag())).isTrue();
    assertThat(page.matches("\"other\", W/" + page.etag())).isTrue();
    assertThat(page.matches("*")).isTrue();
    assertThat(page.matches("\"other\"")).isFalse();
    assertThat(page.matches(page.etag().replace("\"", ""))).as("unquoted is not a tag").isFalse();
    assertThat(page.matches(null)).isFalse();
    assertThat(page.matches("")).isFalse();
  }
}
