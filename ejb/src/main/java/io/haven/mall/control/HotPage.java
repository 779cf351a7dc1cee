package io.haven.mall.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A cached goods-list page in every form it is sent in, made once when the page is filled so that
 * a hit costs a lookup and a write: the UTF-8 JSON, its gzip copy, and an entity tag per copy
 * (SHA-256 of the JSON; the gzip copy's tag differs because its bytes do). Immutable by contract:
 * the arrays are shared by every reader and must never be changed.
 */
public record HotPage(byte[] json, byte[] gzip, String etag, String gzipEtag) {

  public static HotPage of(byte[] json) {
    String hash = HexFormat.of().formatHex(sha256(json));
    return new HotPage(json, gzip(json), "\"" + hash + "\"", "\"" + hash + "-gz\"");
  }

  /**
   * Whether an {@code If-None-Match} value names one of this page's tags (or is {@code *}), so the
   * client's copy is current. Weak comparison, as RFC 9110 asks for this header: a {@code W/}
   * prefix an intermediary added still matches.
   */
  public boolean matches(String ifNoneMatch) {
    if (ifNoneMatch == null || ifNoneMatch.isEmpty()) {
      return false;
    }
    if (ifNoneMatch.strip().equals("*")) {
      return true;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals(etag) || t.equals(gzipEtag)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 32);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: cannot happen
    }
    return out.toByteArray();
  }
}
