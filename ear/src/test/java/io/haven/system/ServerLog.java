package io.haven.system;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The system-test server's own log (its base directory is on this machine), read from a mark on:
 * what a request wrote there, e.g. to check that an expected refusal is not logged as an incident.
 */
public final class ServerLog {

  private ServerLog() {}

  private static Path file() {
    return Path.of(System.getProperty("haven.it.base-dir", "target/wildfly-system"), "log", "server.log");
  }

  /** Where the log ends now. */
  public static long mark() {
    return file().toFile().length();
  }

  /** What was logged after {@code mark}. */
  public static String since(long mark) {
    try (RandomAccessFile log = new RandomAccessFile(file().toFile(), "r")) {
      long end = log.length();
      byte[] written = new byte[(int) Math.max(0, end - mark)];
      log.seek(Math.min(mark, end));
      log.readFully(written);
      return new String(written, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
