package io.haven.bench.driver;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes bench/RESULTS.md: one block for {@code ./haven bench} (main) and one for
 * {@code ./haven bench scale}, each with its machine, date and commit. A run replaces its own block
 * and moves the block it replaces to the top of the history below, so earlier figures stay
 * readable next to the new ones; the other block is left as it was.
 */
final class Report {

  static final String TITLE = "# Benchmark results";
  static final String HISTORY = "## History (earlier runs, newest first)";

  private Report() {}

  static void write(
      Path file, String kind, String command, String commit, Protocol protocol, List<String> results, List<String> goals, List<String> context, List<String> details)
      throws IOException {
    StringBuilder block = new StringBuilder();
    block.append(kind.equals("scale") ? "## Scale (B4)" : "## Main (B1-B3)").append("\n\n");
    block.append("- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).withNano(0)).append('\n');
    block.append("- Machine: ").append(machine()).append('\n');
    block.append("- Commit: ").append(commit).append('\n');
    block.append("- Command: `").append(command).append("`\n");
    block.append("- Protocol: ").append(protocol.describe()).append('\n');
    block.append("- Server: WildFly with haven.ear (+ bench fixtures) on MariaDB (Connector/J), client on the same machine\n\n");
    block.append("```\n");
    results.forEach(line -> block.append(line).append('\n'));
    block.append("```\n\nGoals:\n\n```\n");
    goals.forEach(line -> block.append(line).append('\n'));
    block.append("```\n");
    if (!context.isEmpty()) {
      block.append("\nContext (not ratios):\n\n```\n");
      context.forEach(line -> block.append(line).append('\n'));
      block.append("```\n");
    }
    block.append("\nMeasurements:\n\n```\n");
    details.forEach(line -> block.append(line).append('\n'));
    block.append("```\n");

    String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    String main = section(old, "main");
    String scale = section(old, "scale");
    String history;
    if (main == null && scale == null) {
      // A file from before the two blocks: all of it becomes history.
      String body = old.startsWith(TITLE) ? old.substring(TITLE.length()).strip() : old.strip();
      history = body.isEmpty() ? "" : "### Before " + ZonedDateTime.now(ZoneOffset.UTC).toLocalDate() + " (earlier format)\n\n" + demote(demote(body)) + "\n";
    } else {
      int at = old.indexOf(HISTORY);
      history = at < 0 ? "" : old.substring(at + HISTORY.length()).strip() + "\n";
    }
    String replaced = kind.equals("scale") ? scale : main;
    if (replaced != null && replaced.contains("- Date:")) { // not the "Not run yet." placeholder
      history = demote(replaced.strip()) + "\n\n" + history;
    }
    if (kind.equals("scale")) {
      scale = block.toString();
    } else {
      main = block.toString();
    }

    StringBuilder md = new StringBuilder(TITLE).append("\n\n");
    md.append("Written by `./haven bench` (main) and `./haven bench scale` (B4); see README § Benchmarks for the\n");
    md.append("protocol. Each ratio's numerator and denominator come from the same run. Goals: B1 >= 0.80,\n");
    md.append("B2 >= 0.30 (standing 0.50), B3 >= 0.30 (standing 0.50), B4 >= 0.80, B2 oversold 0.\n\n");
    md.append("<!-- main -->\n").append(main == null ? "## Main (B1-B3)\n\nNot run yet.\n" : main.strip() + "\n").append("<!-- /main -->\n\n");
    md.append("<!-- scale -->\n").append(scale == null ? "## Scale (B4)\n\nNot run yet.\n" : scale.strip() + "\n").append("<!-- /scale -->\n\n");
    md.append(HISTORY).append("\n\n").append(history.strip()).append('\n');
    Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    System.out.print(block);
  }

  private static String section(String text, String kind) {
    Matcher m = Pattern.compile("<!-- " + kind + " -->\\n(.*?)<!-- /" + kind + " -->", Pattern.DOTALL).matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** One heading level down, so an old block sits under the history heading. */
  private static String demote(String markdown) {
    return markdown.replaceAll("(?m)^(#{2,5}) ", "#$1 ");
  }

  private static String machine() {
    String cpu = "unknown CPU";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (IOException ignored) {
      // not Linux: the JVM's view below still says something
    }
    long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    return String.format(Locale.ROOT, "%s, %d cores, %.0f GiB RAM, %s %s, Java %s",
        cpu, Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024),
        System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
  }
}
