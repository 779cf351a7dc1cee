package io.haven.bench.driver;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One worker's own HTTP/1.1 connection, kept alive, written and read on the worker's thread. The
 * JDK's {@code HttpClient} spent 0.4–0.6 ms of CPU per request (selector thread, futures, header
 * maps), on a machine of two cores that the server and the database share: a load generator that
 * costs a fifth of what it measures lowers the measured rate. This one costs what {@code wrk} costs
 * per request, so the server gets the machine, as the raw JDBC loop's database does. It speaks just
 * enough HTTP for the bench's POSTs: Content-Length or chunked answers, reconnect when the server
 * closes. Not thread-safe: one per worker.
 */
final class KeepAlive implements AutoCloseable {

  record Answer(int status, String body) {}

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  KeepAlive(String baseUrl) {
    URI uri = URI.create(baseUrl);
    this.host = uri.getHost();
    this.port = uri.getPort();
  }

  /** POSTs a JSON body with extra headers (name, value, name, value …); reconnects once if the kept connection was closed. */
  Answer post(String path, String json, String... headers) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(256);
    head.append("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
        .append("\r\nContent-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    head.append("\r\n");
    byte[] request = concat(head.toString().getBytes(StandardCharsets.UTF_8), body);
    boolean fresh = socket == null;
    try {
      return exchange(request);
    } catch (IOException closedWhileIdle) {
      close();
      if (fresh) {
        throw closedWhileIdle;
      }
      return exchange(request);
    }
  }

  private Answer exchange(byte[] request) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(60_000);
      socket.connect(new InetSocketAddress(host, port), 10_000);
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      out = socket.getOutputStream();
    }
    out.write(request);
    out.flush();
    String status = line();
    if (status.length() < 12 || !status.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closing = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = header.substring(0, colon).trim();
      String value = header.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
        chunked = true;
      } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
        closing = true;
      }
    }
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    if (chunked) {
      for (int size = Integer.parseInt(line().split(";", 2)[0].trim(), 16); size > 0; size = Integer.parseInt(line().split(";", 2)[0].trim(), 16)) {
        content.write(in.readNBytes(size));
        line();
      }
      while (!line().isEmpty()) {
        // trailers: none expected, skipped
      }
    } else if (length > 0) {
      content.write(in.readNBytes((int) length));
    } else if (length < 0 && code != 204 && code != 304) {
      content.write(in.readAllBytes());
      closing = true;
    }
    if (closing) {
      close();
    }
    return new Answer(code, content.toString(StandardCharsets.UTF_8));
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed by the server");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a connection the server may already have closed
      }
    }
    socket = null;
    in = null;
    out = null;
  }
}
