package io.haven.storefront.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every text of the storefront, from the UTF-8 bundles {@code texts_zh_CN.properties} and
 * {@code texts_en.properties}: the server uses them for problem details and to pre-fill pages in
 * Chinese, and hands both to the pages' script so the member can switch language without a reload.
 * Loaded explicitly rather than through ResourceBundle, whose fallback to the JVM's default locale
 * would turn a missing Chinese key into English.
 */
@ApplicationScoped
public class Texts {

  private final Map<Language, Map<String, String>> bundles = new EnumMap<>(Language.class);
  private final String json;

  public Texts() {
    JsonObjectBuilder all = Json.createObjectBuilder();
    for (Language language : Language.values()) {
      Map<String, String> bundle = load(language);
      bundles.put(language, bundle);
      JsonObjectBuilder texts = Json.createObjectBuilder();
      bundle.forEach(texts::add);
      all.add(language.tag, texts);
    }
    json = all.build().toString();
  }

  /** The text of {@code key}, or null when the bundle has none. */
  public String text(Language language, String key) {
    return bundles.get(language).get(key);
  }

  public Map<String, String> bundle(Language language) {
    return bundles.get(language);
  }

  /** Both bundles as one JSON object keyed by language tag, for the pages' script. */
  public String json() {
    return json;
  }

  private static Map<String, String> load(Language language) {
    String name = "texts_" + language.bundleSuffix + ".properties";
    try (var in = Texts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing text bundle " + name);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> bundle = new TreeMap<>();
      properties.forEach((k, v) -> bundle.put((String) k, (String) v));
      return Collections.unmodifiableMap(bundle);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
