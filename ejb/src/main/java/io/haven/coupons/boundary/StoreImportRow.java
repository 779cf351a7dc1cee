package io.haven.coupons.boundary;

/**
 * One row of a store import: its line in the file, the store's name, and what happened — ADDED,
 * EXISTS (a store of that name is there already: re-importing a file adds nothing) or REFUSED with
 * the message key and text of the broken rule.
 */
public record StoreImportRow(long line, String name, String outcome, String code, String message) {

  public static final String ADDED = "ADDED";
  public static final String EXISTS = "EXISTS";
  public static final String REFUSED = "REFUSED";
}
