package io.haven.system.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A WildFly that Haven did not provision: a fresh copy of the distribution zip from Maven Central
 * as unpacked (never configured) by the build, on ports of its own. The copy hard-links the
 * read-only parts (bin, modules, jars) and copies {@code standalone/}, which the server writes.
 */
final class PristineWildFly implements AutoCloseable {

  final Path home;
  final int offset;
  private Process process;

  private PristineWildFly(Path home, int offset) {
    this.home = home;
    this.offset = offset;
  }

  static PristineWildFly copy(Path distribution, Path home, int offset) {
    shell(home.getParent(), Map.of(), "rm -rf '" + home + "' && cp -al '" + distribution + "' '" + home + "' && rm -rf '" + home
        + "/standalone' && cp -a '" + distribution + "/standalone' '" + home + "/standalone'", Duration.ofMinutes(3), home.getParent().resolve("copy.log"));
    return new PristineWildFly(home, offset);
  }

  int managementPort() {
    return 9990 + offset;
  }

  int httpPort() {
    return 8080 + offset;
  }

  Path configuration(String name) {
    return home.resolve("standalone/configuration").resolve(name);
  }

  Path log() {
    return home.resolve("standalone/log/server.log");
  }

  /** Starts standalone.xml with {@code environment} as the process's environment, as its operator would. */
  void start(Map<String, String> environment) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/standalone.sh").toString(),
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1",
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djava.net.preferIPv4Stack=true")
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("console.out").toFile());
    builder.environment().putAll(environment);
    builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g");
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    process = builder.start();
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("WildFly stopped: " + Files.readString(home.resolve("console.out")));
      }
      try {
        HttpResponse<String> live =
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort() + "/health/live")).build(), HttpResponse.BodyHandlers.ofString());
        if (live.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("WildFly did not start within 3 minutes");
  }

  /** Runs a shell script in {@code directory}; its output goes to {@code log}. Returns the exit code. */
  static int shell(Path directory, Map<String, String> environment, String script, Duration limit, Path log) {
    try {
      Files.createDirectories(directory);
      ProcessBuilder builder =
          new ProcessBuilder(List.of("bash", "-c", script))
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      Map<String, String> env = new HashMap<>(environment);
      // The CLI's own JVM: small, so the test's CLI runs sit next to two servers on two cores.
      env.putIfAbsent("JAVA_OPTS", "-Xms64m -Xmx256m");
      builder.environment().putAll(env);
      Process shell = builder.start();
      if (!shell.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        shell.descendants().forEach(ProcessHandle::destroyForcibly);
        shell.destroyForcibly();
        throw new AssertionError("Timed out after " + limit + ": " + script);
      }
      return shell.exitValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

}
