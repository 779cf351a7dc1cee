package io.haven.admin.activities;

import io.haven.activities.boundary.NewPrize;
import io.haven.activities.control.Odds;
import io.haven.common.InvalidInput;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One prize line of the activity dialog as the operator types it: the sub-inventory, a name, the
 * chance as a percentage with at most four decimals (0.0001 % is one part per million, the
 * smallest odds the engine draws exactly), the quantity and the daily cap (-1 none).
 */
public class PrizeRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long subInventoryId;
  private String name;
  private BigDecimal percent;
  private Long quantity;
  private Integer dailyCap = -1;

  /** The percentage as parts per million, exactly; null while it is empty or has more than four decimals. */
  public Integer ppm() {
    if (percent == null) {
      return null;
    }
    try {
      return percent.movePointRight(4).setScale(0).intValueExact();
    } catch (ArithmeticException tooFine) {
      return null;
    }
  }

  NewPrize toPrize(int position) {
    if (subInventoryId == null) {
      throw new InvalidInput("prizes", "activity.prize.subInventory.required", "Choose the goods of prize " + position);
    }
    Integer ppm = ppm();
    if (ppm == null || ppm < 0 || ppm > Odds.MILLION) {
      throw new InvalidInput("prizes", "activity.prize.percent.invalid", "Prize " + position + ": a chance of 0 to 100 % with at most four decimals");
    }
    return new NewPrize(subInventoryId, name, ppm, quantity == null ? 0 : quantity, dailyCap == null ? -1 : dailyCap);
  }

  public Long getSubInventoryId() {
    return subInventoryId;
  }

  public void setSubInventoryId(Long subInventoryId) {
    this.subInventoryId = subInventoryId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getPercent() {
    return percent;
  }

  public void setPercent(BigDecimal percent) {
    this.percent = percent;
  }

  public Long getQuantity() {
    return quantity;
  }

  public void setQuantity(Long quantity) {
    this.quantity = quantity;
  }

  public Integer getDailyCap() {
    return dailyCap;
  }

  public void setDailyCap(Integer dailyCap) {
    this.dailyCap = dailyCap;
  }
}
