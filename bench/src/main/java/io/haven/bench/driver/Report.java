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

/** Writes bench/RESULTS.md: the machine, the date, the command, then the named result lines. */
final class Report {

  private Report() {}

  static void write(Path file, String command, double b1, Bench.Redemption b2, double b3, List<String> details) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results\n\n");
    md.append("- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).withNano(0)).append('\n');
    md.append("- Machine: ").append(machine()).append('\n');
    md.append("- Command: `").append(command).append("`\n");
    md.append("- Server: WildFly 39 with haven.ear on MariaDB (Connector/J), client on the same machine\n\n");
    md.append("## Results\n\n```\n");
    md.append(String.format(Locale.ROOT, "B1 hot-list ratio: %.2f%n", b1));
    double worst = Double.MAX_VALUE;
    for (int i = 0; i < b2.http().length; i++) {
      double ratio = b2.http()[i].perSecond() / b2.raw()[i].perSecond();
      worst = Math.min(worst, ratio);
      md.append(String.format(Locale.ROOT, "B2 redemption ratio at %d: %.2f (p50 %.1f ms, p99 %.1f ms)%n",
          b2.http()[i].concurrency(), ratio, b2.http()[i].p50Millis(), b2.http()[i].p99Millis()));
    }
    md.append(String.format(Locale.ROOT, "B2 redemption ratio: %.2f%n", worst));
    md.append("B2 oversold: ").append(b2.oversold()).append('\n');
    md.append(String.format(Locale.ROOT, "B3 partner-completion ratio: %.2f%n", b3));
    md.append("```\n\n`B2 redemption ratio` is the lower of the two concurrency levels; `B3` divides signed completions by the raw JDBC loop of their writes (same concurrency). Goals: B1 >= 0.80, B2 >= 0.50, B3 >= 0.50.\n\n");
    md.append("## Measurements\n\n```\n");
    for (String line : details) {
      md.append(line).append('\n');
    }
    md.append("```\n");
    Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    System.out.print(md);
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
