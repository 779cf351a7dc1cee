package io.haven.system.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * INSTALL.md as the release bundle ships it, read the way an operator reads it: numbered sections
 * ({@code ## 4. Install}) holding fenced blocks. {@code bash} blocks are the commands of a standard
 * installation and are run as written; {@code sh} blocks are alternatives (offline, clean-up) a
 * reader may choose, so they are not; {@code sql} is for the database administrator and
 * {@code ini} lists the server's environment.
 */
final class InstallGuide {

  private static final Pattern SECTION = Pattern.compile("(?m)^## (\\d+)\\. ");
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```$");

  private final String text;

  private InstallGuide(String text) {
    this.text = text;
  }

  static InstallGuide read(Path file) {
    try {
      return new InstallGuide(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The blocks of one language in section {@code number}, in order. */
  List<String> blocks(int number, String language) {
    List<String> found = new ArrayList<>();
    Matcher m = BLOCK.matcher(section(number));
    while (m.find()) {
      if (m.group(1).equals(language)) {
        found.add(m.group(2));
      }
    }
    if (found.isEmpty()) {
      throw new AssertionError("INSTALL.md section " + number + " has no " + language + " block");
    }
    return found;
  }

  /**
   * What a shell runs for section {@code number}: section 3's settings, then that section's bash
   * blocks, stopping at the first failing command.
   */
  String script(int number) {
    return "set -euo pipefail\n" + String.join("\n", blocks(3, "bash")) + "\n" + String.join("\n", blocks(number, "bash"));
  }

  /** The {@code KEY=value} lines of section {@code number}'s ini block. */
  Map<String, String> environment(int number) {
    Map<String, String> variables = new LinkedHashMap<>();
    for (String line : blocks(number, "ini").get(0).split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        variables.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return variables;
  }

  private String section(int number) {
    Matcher m = SECTION.matcher(text);
    int start = -1;
    while (m.find()) {
      if (start >= 0) {
        return text.substring(start, m.start());
      }
      if (Integer.parseInt(m.group(1)) == number) {
        start = m.start();
      }
    }
    if (start < 0) {
      throw new AssertionError("INSTALL.md has no section " + number);
    }
    return text.substring(start);
  }
}
