package io.haven.coupons.boundary;

import io.haven.common.InvalidInput;
import io.haven.coupons.entity.ClaimMethod;
import io.haven.coupons.entity.CouponType;
import io.haven.coupons.entity.StoreScope;
import java.time.Instant;
import java.util.List;

/**
 * What an operator sets on a coupon (C3): basic information (name, type and its amounts,
 * instructions), then the rules (stock, store scope, claim method, limits, validity — a fixed
 * range, or {@code validDays} from the claim). Money in fen; {@code discountPercent} is what the
 * member pays (80 = 20 % off). Limits: -1 unlimited.
 */
public record CouponDraft(
    String name,
    CouponType type,
    Long thresholdFen,
    Long amountFen,
    Integer discountPercent,
    String instructions,
    long stock,
    StoreScope scope,
    List<Long> storeIds,
    ClaimMethod claimMethod,
    int perMemberLimit,
    int perDeviceLimit,
    Instant validFrom,
    Instant validUntil,
    Integer validDays) {

  public static final int NAME_MAX = 100;
  public static final int INSTRUCTIONS_MAX = 1000;
  public static final long STOCK_MAX = 10_000_000;
  public static final int VALID_DAYS_MAX = 3650;

  public CouponDraft {
    storeIds = storeIds == null ? List.of() : List.copyOf(storeIds);
  }

  /** Refuses the first broken rule with a message on its field. */
  public CouponDraft checked() {
    if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
      throw new InvalidInput("name", "coupon.name.invalid", "Name must be 1 to " + NAME_MAX + " characters");
    }
    if (type == null) {
      throw new InvalidInput("type", "coupon.type.required", "Choose a coupon type");
    }
    if (type == CouponType.AMOUNT_OFF) {
      if (amountFen == null || amountFen <= 0) {
        throw new InvalidInput("amountFen", "coupon.amount.invalid", "The amount off must be above 0");
      }
      if (thresholdFen == null || thresholdFen < amountFen) {
        throw new InvalidInput("thresholdFen", "coupon.threshold.belowAmount", "The threshold must be at least the amount off");
      }
    }
    if (type == CouponType.DISCOUNT && (discountPercent == null || discountPercent < 1 || discountPercent > 99)) {
      throw new InvalidInput("discountPercent", "coupon.discount.invalid", "The discount must be 1 to 99 (80 = 20 % off)");
    }
    if (instructions != null && instructions.length() > INSTRUCTIONS_MAX) {
      throw new InvalidInput("instructions", "coupon.instructions.invalid", "Instructions must be at most " + INSTRUCTIONS_MAX + " characters");
    }
    if (stock < 0 || stock > STOCK_MAX) {
      throw new InvalidInput("stock", "coupon.stock.invalid", "Stock must be 0 to " + STOCK_MAX);
    }
    if (scope == null) {
      throw new InvalidInput("scope", "coupon.scope.required", "Choose all stores or some stores");
    }
    if (scope == StoreScope.CHOSEN && storeIds.isEmpty()) {
      throw new InvalidInput("storeIds", "coupon.stores.required", "Choose at least one store");
    }
    if (claimMethod == null) {
      throw new InvalidInput("claimMethod", "coupon.claimMethod.required", "Choose how members get the coupon");
    }
    if (perMemberLimit < -1 || perMemberLimit == 0) {
      throw new InvalidInput("perMemberLimit", "coupon.limit.invalid", "A limit is -1 (unlimited) or at least 1");
    }
    if (perDeviceLimit < -1 || perDeviceLimit == 0) {
      throw new InvalidInput("perDeviceLimit", "coupon.limit.invalid", "A limit is -1 (unlimited) or at least 1");
    }
    if (validDays != null) {
      if (validDays < 1 || validDays > VALID_DAYS_MAX) {
        throw new InvalidInput("validDays", "coupon.validDays.invalid", "Days of validity must be 1 to " + VALID_DAYS_MAX);
      }
      if (validFrom != null || validUntil != null) {
        throw new InvalidInput("validDays", "coupon.validity.both", "Choose either a fixed period or days from the claim");
      }
    } else if (validFrom == null || validUntil == null || !validUntil.isAfter(validFrom)) {
      throw new InvalidInput("validUntil", "coupon.validity.invalid", "The end of the validity must be after its start");
    }
    return this;
  }
}
