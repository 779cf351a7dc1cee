package io.haven.mall.entity;

import java.util.Objects;

/**
 * What one unit of a listing costs, in whole points and whole fen (never floating point).
 *
 * <p>PURE_POINTS: {@code points} only. POINTS_PLUS_CASH: the goods cost {@code cashFen}; the member
 * also spends {@code points}, and those points <em>offset</em> part of the cash at the product's
 * rate (points per yuan): the offset is {@code points × 100 / rate} fen, rounded <b>down</b> to a
 * whole fen, so points are never worth more than the rate says. The member pays {@code cashFen −
 * offset}, never below 0. SPEC's example: rate 10, 1 point, 100 fen → offset 10 fen → pays 90 fen.
 * Rate 3, 1 point, 100 fen → offset 33.3… → 33 fen → pays 67 fen.
 */
public record Price(ExchangeMethod method, long points, long cashFen) {

  /** The ledger moves at most this many points in one entry. */
  public static final long MAX_POINTS = 100_000_000L;
  /** One million yuan. */
  public static final long MAX_CASH_FEN = 100_000_000L;
  public static final int MIN_RATE = 1;
  public static final int MAX_RATE = 1_000_000;

  public Price {
    Objects.requireNonNull(method, "exchange method");
    if (points < 0 || points > MAX_POINTS) {
      throw new IllegalArgumentException("points must be 0.." + MAX_POINTS);
    }
    if (cashFen < 0 || cashFen > MAX_CASH_FEN) {
      throw new IllegalArgumentException("cash must be 0.." + MAX_CASH_FEN + " fen");
    }
    if (method == ExchangeMethod.PURE_POINTS && (points < 1 || cashFen != 0)) {
      throw new IllegalArgumentException("pure points: at least 1 point and no cash");
    }
    if (method == ExchangeMethod.POINTS_PLUS_CASH && cashFen < 1) {
      throw new IllegalArgumentException("points plus cash: at least 1 fen of cash");
    }
  }

  public static Price purePoints(long points) {
    return new Price(ExchangeMethod.PURE_POINTS, points, 0);
  }

  public static Price pointsPlusCash(long points, long cashFen) {
    return new Price(ExchangeMethod.POINTS_PLUS_CASH, points, cashFen);
  }

  /** Fen the points of one unit stand for at {@code rate} points per yuan, rounded down. */
  public long offsetFen(int rate) {
    requireRate(rate);
    if (method == ExchangeMethod.PURE_POINTS) {
      return 0;
    }
    return Math.multiplyExact(points, 100L) / rate;
  }

  /** Fen the member pays for one unit. */
  public long payableFen(int rate) {
    return Math.max(0, cashFen - offsetFen(rate));
  }

  /** Points and fen for {@code quantity} units: the unit amounts times the quantity, exactly. */
  public Charge charge(int quantity, int rate) {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1");
    }
    return new Charge(Math.multiplyExact(points, (long) quantity), Math.multiplyExact(payableFen(rate), (long) quantity));
  }

  private static void requireRate(int rate) {
    if (rate < MIN_RATE || rate > MAX_RATE) {
      throw new IllegalArgumentException("points rate must be " + MIN_RATE + ".." + MAX_RATE);
    }
  }

  /** What one redemption costs the member. */
  public record Charge(long points, long cashFen) {}
}
