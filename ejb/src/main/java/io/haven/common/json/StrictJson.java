package io.haven.common.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

/**
 * The one JSON reading of the API and the storefront. A body is accepted only if it is valid
 * UTF-8, exactly one JSON document, without duplicate keys, nested at most {@value #MAX_DEPTH}
 * deep, with numbers of at most {@value #MAX_NUMBER_CHARS} characters (counted on the token, before
 * any conversion: converting a huge number costs seconds of CPU), and each field of the JSON type
 * its Java type asks for (see {@link JsonShape}). Only then is it bound, by the shared {@link
 * #jsonb()}.
 */
public final class StrictJson {

  /**
   * Looked up once: {@code Json.createParser} and friends ask {@code JsonProvider.provider()},
   * a service-loader search through the deployment's class path, on <em>every</em> call — 8 % of
   * a redemption's CPU when each request body was read that way (JFR, 2026-12-03).
   */
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  public static final int MAX_DEPTH = 32;
  public static final int MAX_NUMBER_CHARS = 40;
  public static final int MAX_MAGNITUDE = 64;

  private StrictJson() {}

  /** The JSON-B instance both surfaces bind and write with (thread-safe, built once). */
  public static Jsonb jsonb() {
    return Binding.JSONB;
  }

  /** The body bound to {@code type}, or a {@link JsonRefused}. */
  public static <T> T read(byte[] body, Type type) {
    String text = check(body, type);
    return Binding.JSONB.fromJson(text, type);
  }

  /**
   * The body as text once it passed every rule for {@code type}; refuses it otherwise. Costs one
   * pass of the parser over the body, whatever its content.
   */
  public static String check(byte[] body, Type type) {
    String text = decode(body);
    JsonValue document = parse(text);
    JsonShape.conform(document, type, "");
    return text;
  }

  private static String decode(byte[] body) {
    try {
      // Strict: the default decoder would store broken bytes as U+FFFD and so change the text.
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException broken) {
      throw JsonRefused.malformed("The body is not valid UTF-8");
    }
  }

  private static JsonValue parse(String text) {
    if (text.isBlank()) {
      throw JsonRefused.malformed("The request needs a JSON body");
    }
    try (JsonParser parser = PROVIDER.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw JsonRefused.malformed("The request needs a JSON body");
      }
      JsonValue document = value(parser, parser.next(), "", 0);
      boolean more;
      try {
        more = parser.hasNext();
      } catch (JsonParsingException garbage) {
        more = true;
      }
      if (more) {
        throw JsonRefused.malformed("The body has data after its JSON document");
      }
      return document;
    } catch (JsonParsingException broken) {
      throw JsonRefused.malformed(
          broken.getLocation() == null
              ? "The body is not valid JSON"
              : "The body is not valid JSON: syntax error at line " + broken.getLocation().getLineNumber() + ", column "
                  + broken.getLocation().getColumnNumber());
    } catch (jakarta.json.JsonException broken) {
      throw JsonRefused.malformed("The body is not valid JSON");
    }
  }

  private static JsonValue value(JsonParser parser, JsonParser.Event event, String path, int depth) {
    switch (event) {
      case START_OBJECT -> {
        nest(path, depth);
        JsonObjectBuilder object = PROVIDER.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
          String key = parser.getString();
          String field = JsonShape.child(path, key);
          if (!keys.add(key)) {
            // Whichever copy a reader keeps, the client meant something else than it gets.
            throw JsonRefused.malformed(field, "The key '" + printable(key) + "' appears twice");
          }
          object.add(key, value(parser, parser.next(), field, depth + 1));
        }
        return object.build();
      }
      case START_ARRAY -> {
        nest(path, depth);
        JsonArrayBuilder array = PROVIDER.createArrayBuilder();
        int index = 0;
        for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
          array.add(value(parser, next, path + "[" + index++ + "]", depth + 1));
        }
        return array.build();
      }
      case VALUE_STRING -> {
        String string = parser.getString();
        if (hasLoneSurrogate(string)) {
          throw JsonRefused.malformed(JsonShape.named(path), "A text holds half of a surrogate pair");
        }
        return PROVIDER.createValue(string);
      }
      case VALUE_NUMBER -> {
        String token = parser.getString();
        if (token.length() > MAX_NUMBER_CHARS) {
          throw JsonRefused.invalid(JsonShape.named(path), "numbers have at most " + MAX_NUMBER_CHARS + " characters");
        }
        BigDecimal number = new BigDecimal(token);
        // A short token can still be huge (1e999999999): printing or rounding it would cost as much.
        if (number.signum() != 0 && Math.abs(number.precision() - number.scale()) > MAX_MAGNITUDE) {
          throw JsonRefused.invalid(JsonShape.named(path), "numbers must lie within 1e-" + MAX_MAGNITUDE + " and 1e" + MAX_MAGNITUDE);
        }
        return PROVIDER.createValue(number);
      }
      case VALUE_TRUE -> {
        return JsonValue.TRUE;
      }
      case VALUE_FALSE -> {
        return JsonValue.FALSE;
      }
      case VALUE_NULL -> {
        return JsonValue.NULL;
      }
      default -> throw JsonRefused.malformed("The body is not valid JSON");
    }
  }

  private static void nest(String path, int depth) {
    if (depth >= MAX_DEPTH) {
      throw JsonRefused.malformed(JsonShape.named(path), "The body is nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** A key as it may appear in a message: short, without control characters. */
  static String printable(String key) {
    String shown = key.codePoints()
        .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
        .limit(40)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    return shown;
  }

  /** Built on first use, so the checks above run where no JSON-B implementation is present. */
  private static final class Binding {
    static final Jsonb JSONB = JsonbBuilder.create();
  }
}
