package io.haven.bench.driver;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's wrk for plain GETs (B1, B4): one URL, or with a Lua script many paths picked at random.
 * Warmed and measured by the same {@link Protocol} as the Java loads, in consecutive wrk runs.
 */
final class Wrk {

  static final int THREADS = 2;

  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

  private Wrk() {}

  record Result(double perSecond, long requests, double p50Millis, double p99Millis) {}

  /** Warms the URL (or the script's paths) by the protocol, then measures one run with its costs. */
  static Measured measure(String name, String url, Path script, int connections, Protocol protocol, Costs costs) throws Exception {
    long started = System.nanoTime();
    double cold = -1;
    double previous = -1;
    Protocol.Warmup warmup;
    int window = (int) Math.round(protocol.window());
    while (true) {
      double rate = run(url, script, connections, window).perSecond();
      cold = cold < 0 ? rate : cold;
      double elapsed = (System.nanoTime() - started) / 1e9;
      boolean stable = previous >= 0 && protocol.stable(previous, rate);
      if ((elapsed >= protocol.warmup() && stable) || elapsed >= protocol.warmupMax()) {
        warmup = new Protocol.Warmup(cold, rate, elapsed, stable);
        break;
      }
      previous = rate;
    }
    Costs.Snapshot before = costs.take(false);
    Result result = run(url, script, connections, (int) Math.round(protocol.seconds()));
    Costs.Snapshot after = costs.take(false);
    double seconds = result.requests() / result.perSecond();
    return new Measured(name, connections, result.requests(), 0, 0, seconds, result.p50Millis(), result.p99Millis(), warmup, costs.perOperation(before, after, result.requests()));
  }

  static Result run(String url, Path script, int connections, int seconds) throws Exception {
    List<String> command = new ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + connections, "-d" + Math.max(1, seconds) + "s", "--latency", "-H", "Accept-Encoding: identity"));
    if (script != null) {
      command.addAll(List.of("-s", script.toString()));
    }
    command.add(url);
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(wrk.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        out.append(line).append('\n');
      }
    }
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + out);
    }
    if (NON_2XX.matcher(out).find()) {
      throw new IllegalStateException("wrk saw non-2xx answers from " + url + ":\n" + out);
    }
    Matcher rate = RATE.matcher(out);
    Matcher requests = REQUESTS.matcher(out);
    if (!rate.find() || !requests.find()) {
      throw new IllegalStateException("no rate in wrk output:\n" + out);
    }
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    Matcher percentile = PERCENTILE.matcher(out);
    while (percentile.find()) {
      double value = Double.parseDouble(percentile.group(2));
      double millis = switch (percentile.group(3)) {
        case "us" -> value / 1000;
        case "s" -> value * 1000;
        default -> value;
      };
      if (percentile.group(1).equals("50")) {
        p50 = millis;
      } else {
        p99 = millis;
      }
    }
    return new Result(Double.parseDouble(rate.group(1)), Long.parseLong(requests.group(1)), p50, p99);
  }

  /** A wrk script that asks for one of the given paths at random, every request. */
  static Path randomPaths(List<String> paths) throws Exception {
    StringBuilder lua = new StringBuilder("local paths = {\n");
    for (String path : paths) {
      lua.append("  \"").append(path).append("\",\n");
    }
    // Each wrk thread has its own Lua state: seed each differently so they do not walk in step.
    lua.append("}\nlocal n = #paths\nlocal threads = 0\n");
    lua.append("setup = function(thread)\n  threads = threads + 1\n  thread:set(\"id\", threads)\nend\n");
    lua.append("init = function(args)\n  math.randomseed(os.time() + id * 7919)\nend\n");
    lua.append("request = function()\n  return wrk.format(\"GET\", paths[math.random(n)])\nend\n");
    Path file = java.nio.file.Files.createTempFile("haven-bench-", ".lua");
    file.toFile().deleteOnExit();
    java.nio.file.Files.writeString(file, lua);
    return file;
  }
}
