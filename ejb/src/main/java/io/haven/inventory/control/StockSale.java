package io.haven.inventory.control;

import java.util.Optional;

/**
 * What {@link StockLedger#sell} did: took the units (and whether they were the last), or took
 * nothing — then {@code refusal} is the row as it is now (empty: no such sub-inventory in this
 * tenant), for the caller to say why in its own words.
 */
public record StockSale(boolean taken, boolean last, Optional<StockState> refusal) {

  static final StockSale TAKEN = new StockSale(true, false, Optional.empty());
  static final StockSale TAKEN_LAST = new StockSale(true, true, Optional.empty());

  static StockSale refused(Optional<StockState> now) {
    return new StockSale(false, false, now);
  }
}
