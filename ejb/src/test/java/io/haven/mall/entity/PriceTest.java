package io.haven.mall.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PriceTest {

  @Test
  void specExampleRateTenOnePointOneYuanPaysNinetyFen() {
    Price price = Price.pointsPlusCash(1, 100);
    assertThat(price.offsetFen(10)).isEqualTo(10);
    assertThat(price.payableFen(10)).isEqualTo(90);
    assertThat(price.charge(1, 10)).isEqualTo(new Price.Charge(1, 90));
  }

  @Test
  void offsetRoundsDownToWholeFenSoPointsNeverBuyMoreThanTheRate() {
    // 1 point at 3 points per yuan = 33.33 fen -> 33 fen off -> pays 67
    assertThat(Price.pointsPlusCash(1, 100).payableFen(3)).isEqualTo(67);
    // 2 points at 3 per yuan = 66.67 fen -> 66
    assertThat(Price.pointsPlusCash(2, 100).offsetFen(3)).isEqualTo(66);
    // at the highest rate a point is worth 0.0001 fen: 9,999 points are worth nothing yet
    assertThat(Price.pointsPlusCash(9_999, 100).payableFen(1_000_000)).isEqualTo(100);
    assertThat(Price.pointsPlusCash(10_000, 100).payableFen(1_000_000)).isEqualTo(99);
  }

  @Test
  void payableNeverGoesBelowZero() {
    // rate 1: 1 point = 1 yuan; 500 points offset 500 yuan of a 1 yuan cash part
    assertThat(Price.pointsPlusCash(500, 100).payableFen(1)).isZero();
    assertThat(Price.pointsPlusCash(1, 100).payableFen(1)).isZero();
    assertThat(Price.pointsPlusCash(0, 100).payableFen(1)).isEqualTo(100);
  }

  @Test
  void purePointsHasNoCash() {
    Price price = Price.purePoints(250);
    assertThat(price.payableFen(10)).isZero();
    assertThat(price.charge(3, 10)).isEqualTo(new Price.Charge(750, 0));
    assertThatThrownBy(() -> new Price(ExchangeMethod.PURE_POINTS, 10, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Price.purePoints(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chargeMultipliesExactly() {
    Price price = Price.pointsPlusCash(3, 1001);
    // 3 points at rate 7 = 42.86 fen -> 42 -> 959 per unit
    assertThat(price.charge(99, 7)).isEqualTo(new Price.Charge(297, 959L * 99));
    assertThat(Price.pointsPlusCash(Price.MAX_POINTS, Price.MAX_CASH_FEN).charge(Integer.MAX_VALUE, 1_000_000).points())
        .isEqualTo(Price.MAX_POINTS * Integer.MAX_VALUE);
  }

  @Test
  void ratesOutsideOneToOneMillionAndBadAmountsAreRefused() {
    Price price = Price.pointsPlusCash(1, 100);
    assertThatThrownBy(() -> price.payableFen(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> price.payableFen(1_000_001)).isInstanceOf(IllegalArgumentException.class);
    assertThat(price.payableFen(1_000_000)).isEqualTo(100);
    assertThatThrownBy(() -> Price.pointsPlusCash(-1, 100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Price.pointsPlusCash(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Price.pointsPlusCash(Price.MAX_POINTS + 1, 100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Price.pointsPlusCash(1, Price.MAX_CASH_FEN + 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> price.charge(0, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void extremeValuesAgreeWithExactBigIntegerArithmetic() {
    // within the bounds (points, cash <= 1e8, quantity an int, rate 1..1e6) nothing can wrap:
    // every result equals the same formula in BigInteger
    long[] amounts = {0, 1, 7, 99, 100, 12_345, Price.MAX_CASH_FEN - 1, Price.MAX_CASH_FEN};
    int[] rates = {1, 2, 3, 7, 10, 999, 1_000, 999_999, 1_000_000};
    int[] quantities = {1, 2, 99, Integer.MAX_VALUE};
    for (long points : amounts) {
      for (long cash : amounts) {
        if (cash == 0) {
          continue;
        }
        for (int rate : rates) {
          for (int q : quantities) {
            Price.Charge charge = Price.pointsPlusCash(points, cash).charge(q, rate);
            BigInteger offset = BigInteger.valueOf(points).multiply(BigInteger.valueOf(100)).divide(BigInteger.valueOf(rate));
            BigInteger perUnit = BigInteger.valueOf(cash).subtract(offset).max(BigInteger.ZERO);
            assertThat(BigInteger.valueOf(charge.cashFen())).isEqualTo(perUnit.multiply(BigInteger.valueOf(q)));
            assertThat(BigInteger.valueOf(charge.points())).isEqualTo(BigInteger.valueOf(points).multiply(BigInteger.valueOf(q)));
          }
        }
      }
    }
  }
}
