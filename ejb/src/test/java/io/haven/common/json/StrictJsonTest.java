package io.haven.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

  record Credit(BigDecimal amount, String reason, String reference) {}

  record Sync(String memberId, String nickname, LocalDate birthday) {}

  record Redeem(Integer quantity, String deviceId, boolean gift, List<String> images, long limit) {}

  record Nothing() {}

  record Wrapped(Credit credit, Map<String, String> notes, JsonValue free) {}

  record Renamed(@JsonbProperty("device_id") String deviceId) {}

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonRefused refusal(String json, Class<?> type) {
    return refusal(utf8(json), type);
  }

  private static JsonRefused refusal(byte[] body, Class<?> type) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> StrictJson.check(body, type));
    assertThat(thrown).as(new String(body, StandardCharsets.UTF_8)).isInstanceOf(JsonRefused.class);
    return (JsonRefused) thrown;
  }

  @Test
  void aWellFormedBodyOfTheRightTypesPasses() {
    String body = "{\"amount\":200,\"reason\":\"Order 1 \\u00e9 🎁\",\"reference\":null}";
    assertThat(StrictJson.check(utf8(body), Credit.class)).isEqualTo(body);
    StrictJson.check(utf8("{\"quantity\":2,\"gift\":false,\"images\":[\"a\",\"b\"],\"limit\":-9223372036854775808}"), Redeem.class);
    StrictJson.check(utf8("{\"memberId\":\"M-1\",\"birthday\":\"1990-05-20\"}"), Sync.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"１２３\"", "\"١٢٣\"", "\"01000\"", "\"1E+02\"", "\"100\"", "true", "[100]", "{\"v\":1}"})
  void aNumberFieldTakesOnlyANumber(String amount) {
    JsonRefused refused = refusal("{\"amount\":" + amount + ",\"reason\":\"r\"}", Credit.class);
    assertThat(refused.code()).isEqualTo(JsonRefused.MALFORMED);
    assertThat(refused.field()).isEqualTo("amount");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "true", "1.5", "[\"a\"]", "{}"})
  void aTextFieldTakesOnlyText(String reason) {
    JsonRefused refused = refusal("{\"amount\":1,\"reason\":" + reason + "}", Credit.class);
    assertThat(refused.code()).isEqualTo(JsonRefused.MALFORMED);
    assertThat(refused.field()).isEqualTo("reason");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+02", "1.0", "2.5", "2147483648", "\"2\"", "-2147483649"})
  void aWholeNumberFieldTakesOnlyAWholeNumberInRange(String quantity) {
    assertThat(refusal("{\"quantity\":" + quantity + "}", Redeem.class).field()).isEqualTo("quantity");
  }

  @Test
  void listsAndBooleansAreCheckedElementByElement() {
    assertThat(refusal("{\"images\":[\"a\",2]}", Redeem.class).field()).isEqualTo("images[1]");
    assertThat(refusal("{\"gift\":\"true\"}", Redeem.class).field()).isEqualTo("gift");
    assertThat(refusal("{\"gift\":null}", Redeem.class).field()).isEqualTo("gift");
    assertThat(refusal("{\"birthday\":19900520}", Sync.class).field()).isEqualTo("birthday");
    assertThat(refusal("[1,2]", Credit.class).field()).isEqualTo("body");
  }

  @ParameterizedTest
  @ValueSource(strings = {"refrence", "Reference", "memberId", "amount ", "", "__proto__"})
  void aKeyTheRequestHasNoPropertyForIsRefusedNamingIt(String key) {
    JsonRefused refused = refusal("{\"amount\":1,\"reason\":\"r\",\"" + key + "\":\"order-7\"}", Credit.class);
    assertThat(refused.code()).isEqualTo(JsonRefused.INVALID);
    assertThat(refused.field()).isEqualTo(key);
    assertThat(refused.getMessage()).contains("is not a property");
  }

  @Test
  void unknownKeysAreRefusedAtEveryDepthButAMapOrFreeValueTakesAnyKey() {
    assertThat(refusal("{\"quantity\":1,\"extra\":null}", Redeem.class).field()).isEqualTo("extra");
    assertThat(refusal("{\"credit\":{\"amount\":1,\"reason\":\"r\",\"expiresAt\":\"2030-01-01\"}}", Wrapped.class).field())
        .isEqualTo("credit.expiresAt");
    assertThat(refusal("{\"x\":1}", Nothing.class).field()).isEqualTo("x");
    StrictJson.check(utf8("{}"), Nothing.class);
    StrictJson.check(utf8("{\"credit\":{\"amount\":1,\"reason\":\"r\"},\"notes\":{\"any\":\"key\"},\"free\":{\"k\":[1]}}"), Wrapped.class);
    StrictJson.check(utf8("{\"anything\":{\"goes\":true}}"), Object.class);
  }

  @Test
  void aRenamedPropertyIsKnownByItsJsonName() {
    StrictJson.check(utf8("{\"device_id\":\"d-1\"}"), Renamed.class);
    assertThat(refusal("{\"deviceId\":\"d-1\"}", Renamed.class).field()).isEqualTo("deviceId");
  }

  @Test
  void anUnknownKeyIsNamedShortAndPrintable() {
    JsonRefused refused = refusal("{\"amount\":1,\"reason\":\"r\",\"a\\u0000b" + "x".repeat(1000) + "\":1}", Credit.class);
    assertThat(refused.field()).startsWith("a?b").hasSizeLessThanOrEqualTo(40);
  }

  @Test
  void aDuplicateKeyIsRefusedWhicheverCopyWouldWin() {
    JsonRefused refused = refusal("{\"amount\":1,\"reason\":\"r\",\"amount\":100000000}", Credit.class);
    assertThat(refused.code()).isEqualTo(JsonRefused.MALFORMED);
    assertThat(refused.field()).isEqualTo("amount");
    assertThat(refusal("{\"images\":[{\"a\":1,\"a\":1}]}", Object.class).field()).isEqualTo("images[0].a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"amount\":1,\"reason\":\"r\"} x", "{\"amount\":1,\"reason\":\"r\"}{\"amount\":2}", "{\"amount\":1,\"reason\":\"r\"}]",
      "{\"amount\":1,\"reason\":\"r\"} 1", "", "   ", "{\"amount\":1,", "nul"})
  void exactlyOneDocumentAndNothingAfterIt(String body) {
    assertThat(refusal(body, Credit.class).code()).isEqualTo(JsonRefused.MALFORMED);
  }

  @Test
  void whitespaceAroundTheDocumentIsFine() {
    StrictJson.check(utf8(" \n{\"amount\":1,\"reason\":\"r\"}\r\n "), Credit.class);
  }

  @Test
  void invalidUtf8IsRefusedNotReplaced() {
    byte[] prefix = utf8("{\"amount\":1,\"reason\":\"a");
    byte[] suffix = utf8("b\"}");
    for (byte[] broken : List.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xC0, (byte) 0xAF})) {
      byte[] body = new byte[prefix.length + broken.length + suffix.length];
      System.arraycopy(prefix, 0, body, 0, prefix.length);
      System.arraycopy(broken, 0, body, prefix.length, broken.length);
      System.arraycopy(suffix, 0, body, prefix.length + broken.length, suffix.length);
      assertThat(refusal(body, Credit.class).code()).isEqualTo(JsonRefused.MALFORMED);
    }
  }

  @Test
  void anEscapedHalfSurrogateIsRefusedNamingTheField() {
    JsonRefused refused = refusal("{\"amount\":1,\"reason\":\"broken \\ud800 half\"}", Credit.class);
    assertThat(refused.field()).isEqualTo("reason");
    StrictJson.check(utf8("{\"amount\":1,\"reason\":\"\\ud83c\\udf81\"}"), Credit.class);
  }

  @Test
  void nestingDeeperThanTheBoundIsRefusedBeforeItIsRead() {
    String ok = "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH);
    StrictJson.check(utf8(ok), Object.class);
    String deep = "[".repeat(StrictJson.MAX_DEPTH + 1) + "]".repeat(StrictJson.MAX_DEPTH + 1);
    assertThat(refusal(deep, Object.class).code()).isEqualTo(JsonRefused.MALFORMED);
    String hostile = "[".repeat(1_000_000);
    assertThat(refusal(hostile, Object.class).code()).isEqualTo(JsonRefused.MALFORMED);
  }

  @Test
  void aMillionDigitNumberIsRefusedInMilliseconds() {
    String digits = "9".repeat(1_000_000);
    StrictJson.check(utf8("{\"amount\":" + "9".repeat(StrictJson.MAX_NUMBER_CHARS) + ",\"reason\":\"r\"}"), Credit.class);
    refusal("{\"amount\":" + digits + ",\"reason\":\"r\"}", Credit.class); // warm-up
    long start = System.nanoTime();
    JsonRefused refused = refusal("{\"amount\":" + digits + ",\"reason\":\"r\"}", Credit.class);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(refused.field()).isEqualTo("amount");
    assertThat(refused.code()).isEqualTo(JsonRefused.INVALID);
    assertThat(millis).as("a refusal costs a pass over the body, not a conversion").isLessThan(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "1E+65"})
  void aShortNumberOfHugeMagnitudeIsRefused(String amount) {
    assertThat(refusal("{\"amount\":" + amount + ",\"reason\":\"r\"}", Credit.class).field()).isEqualTo("amount");
  }
}
