package io.haven.coupons.control;

import io.haven.coupons.entity.CouponType;

/**
 * What a member pays for an order of {@code amountFen} with a coupon (mall or e-commerce amounts,
 * in fen). The rule, in the member's favour:
 *
 * <ul>
 *   <li>AMOUNT_OFF: when the order reaches the threshold, the amount comes off; the payable is
 *       never below 0 (an amount off larger than the order makes it free, nothing is owed back);
 *       below the threshold the order is unchanged;
 *   <li>DISCOUNT: the member pays {@code percent} % of the order, rounded <em>down</em> to the
 *       fen (99 fen at 50 % is 49 fen, not 50);
 *   <li>EXCHANGE: the coupon is the thing itself, handed over at the counter; it takes nothing
 *       off an amount, so the payable is the order.
 * </ul>
 *
 * Long arithmetic throughout; an order amount below 0 is refused.
 */
public final class PayableAmount {

  private PayableAmount() {}

  public static long of(long amountFen, CouponType type, Long thresholdFen, Long offFen, Integer percent) {
    if (amountFen < 0) {
      throw new IllegalArgumentException("amount below 0: " + amountFen);
    }
    return switch (type) {
      case EXCHANGE -> amountFen;
      case AMOUNT_OFF -> amountFen >= thresholdFen ? Math.max(0, amountFen - offFen) : amountFen;
      case DISCOUNT -> Math.multiplyExact(amountFen, (long) percent) / 100; // integer division rounds down
    };
  }
}
