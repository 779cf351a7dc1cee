package io.haven.coupons.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.coupons.entity.CouponType;
import org.junit.jupiter.api.Test;

class PayableAmountTest {

  @Test
  void amountOffAppliesFromTheThresholdAndNeverGoesBelowZero() {
    assertThat(PayableAmount.of(3000, CouponType.AMOUNT_OFF, 3000L, 500L, null)).isEqualTo(2500);
    assertThat(PayableAmount.of(2999, CouponType.AMOUNT_OFF, 3000L, 500L, null)).as("below the threshold: unchanged").isEqualTo(2999);
    assertThat(PayableAmount.of(500, CouponType.AMOUNT_OFF, 0L, 500L, null)).isZero();
    assertThat(PayableAmount.of(300, CouponType.AMOUNT_OFF, 0L, 500L, null)).as("never negative").isZero();
    assertThat(PayableAmount.of(0, CouponType.AMOUNT_OFF, 0L, 500L, null)).isZero();
  }

  @Test
  void discountRoundsThePayableDownInTheMembersFavour() {
    assertThat(PayableAmount.of(1000, CouponType.DISCOUNT, null, null, 80)).isEqualTo(800);
    assertThat(PayableAmount.of(99, CouponType.DISCOUNT, null, null, 50)).as("49.5 fen → 49").isEqualTo(49);
    assertThat(PayableAmount.of(1, CouponType.DISCOUNT, null, null, 99)).as("0.99 fen → 0").isZero();
    assertThat(PayableAmount.of(0, CouponType.DISCOUNT, null, null, 80)).isZero();
    assertThat(PayableAmount.of(Long.MAX_VALUE / 100, CouponType.DISCOUNT, null, null, 99)).isPositive();
  }

  @Test
  void exchangeTakesNothingOffAndNegativeOrdersAreRefused() {
    assertThat(PayableAmount.of(1234, CouponType.EXCHANGE, null, null, null)).isEqualTo(1234);
    assertThatThrownBy(() -> PayableAmount.of(-1, CouponType.DISCOUNT, null, null, 80)).isInstanceOf(IllegalArgumentException.class);
  }
}
