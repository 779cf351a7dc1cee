package io.haven.bench.driver;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Debian's wrk for plain GETs (B1): requests per second it reports for one URL. */
final class Wrk {

  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

  private Wrk() {}

  static double requestsPerSecond(String url, int connections, int seconds) throws Exception {
    Process wrk =
        new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", "-H", "Accept-Encoding: identity", url)
            .redirectErrorStream(true)
            .start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(wrk.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        out.append(line).append('\n');
      }
    }
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + out);
    }
    Matcher errors = NON_2XX.matcher(out);
    if (errors.find()) {
      throw new IllegalStateException("wrk saw non-2xx answers from " + url + ":\n" + out);
    }
    Matcher rate = RATE.matcher(out);
    if (!rate.find()) {
      throw new IllegalStateException("no rate in wrk output:\n" + out);
    }
    return Double.parseDouble(rate.group(1));
  }
}
