package io.haven.mall.control;

/**
 * Makes a text safe as a spreadsheet cell: a value that starts with {@code = + - @}, a tab or a
 * carriage return could be run as a formula by Excel or LibreOffice (CSV injection), so it gets a
 * leading apostrophe, which spreadsheets show as text.
 */
public final class CsvCells {

  private CsvCells() {}

  public static String neutral(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
  }
}
