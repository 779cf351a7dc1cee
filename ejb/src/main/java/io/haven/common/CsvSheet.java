package io.haven.common;

import io.haven.mall.control.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The console's CSV conventions in one place (the mall's redemption records set them, activity
 * winner records follow): UTF-8 with a byte-order mark, so Excel reads the Chinese; the header in
 * Chinese unless the console speaks another language; times as {@code yyyy-MM-dd HH:mm:ss} in the
 * enterprise's zone; every cell neutralised against formula injection ({@link CsvCells}). The
 * caller streams rows page by page and flushes between pages; it closes the stream.
 */
public final class CsvSheet {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final CSVPrinter csv;
  private final ZoneId zone;

  private CsvSheet(CSVPrinter csv, ZoneId zone) {
    this.csv = csv;
    this.zone = zone;
  }

  /** Starts the sheet: the byte-order mark and the header of the locale's language. */
  public static CsvSheet start(OutputStream out, Locale locale, List<String> headerZh, List<String> headerEn, ZoneId zone) {
    try {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL);
      csv.printRecord(chinese(locale) ? headerZh : headerEn);
      return new CsvSheet(csv, zone);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean chinese(Locale locale) {
    return locale == null || "zh".equals(locale.getLanguage());
  }

  public void row(List<String> cells) {
    try {
      csv.printRecord(cells.stream().map(CsvCells::neutral).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void flush() {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An instant in the sheet's zone, or empty. */
  public String time(Instant at) {
    return at == null ? "" : TIME.format(at.atZone(zone));
  }

  public static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
