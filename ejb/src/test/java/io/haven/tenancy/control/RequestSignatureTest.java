package io.haven.tenancy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {

  private static final byte[] BODY = "{\"memberId\":\"m1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void canonicalStringCoversMethodPathTimeNonceAndBodyHash() {
    String canonical = RequestSignature.canonical("post", "/api/v1/ping?x=1", "1700000000", "n0nce", BODY);
    assertThat(canonical.split("\n"))
        .containsExactly("POST", "/api/v1/ping?x=1", "1700000000", "n0nce", RequestSignature.sha256Hex(BODY));
  }

  @Test
  void knownVector() {
    // SHA-256 of the empty body and an HMAC computed independently (openssl dgst -sha256 -hmac secret)
    assertThat(RequestSignature.sha256Hex(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(RequestSignature.sign("secret", "GET\n/api/v1/ping\n1700000000\nabc\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))
        .isEqualTo(OpenSslVector.EXPECTED);
  }

  @Test
  void anyChangeBreaksTheSignature() {
    String canonical = RequestSignature.canonical("POST", "/api/v1/ping", "1700000000", "abc", BODY);
    String signature = RequestSignature.sign("s3cret", canonical);
    assertThat(RequestSignature.matches("s3cret", canonical, signature)).isTrue();
    assertThat(RequestSignature.matches("s3cret", canonical, signature.toUpperCase())).as("hex case is free").isTrue();
    assertThat(RequestSignature.matches("other", canonical, signature)).isFalse();
    assertThat(RequestSignature.matches("s3cret", canonical.replace("abc", "abd"), signature)).isFalse();
    byte[] tampered = "{\"memberId\":\"m2\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(RequestSignature.matches("s3cret", RequestSignature.canonical("POST", "/api/v1/ping", "1700000000", "abc", tampered), signature)).isFalse();
    assertThat(RequestSignature.matches("s3cret", canonical, null)).isFalse();
    assertThat(RequestSignature.matches("s3cret", canonical, "")).isFalse();
  }

  /** Computed once with: printf 'GET\n/api/v1/ping\n1700000000\nabc\ne3b0…b855' | openssl dgst -sha256 -hmac secret */
  static final class OpenSslVector {
    static final String EXPECTED = computeWithOpenSsl();

    private static String computeWithOpenSsl() {
      try {
        Process p =
            new ProcessBuilder("openssl", "dgst", "-sha256", "-hmac", "secret", "-r").redirectErrorStream(true).start();
        p.getOutputStream()
            .write("GET\n/api/v1/ping\n1700000000\nabc\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                .getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return out.split("\\s+")[0];
      } catch (Exception e) {
        throw new IllegalStateException("openssl is needed for this test vector", e);
      }
    }
  }
}
