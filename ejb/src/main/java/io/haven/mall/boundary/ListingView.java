package io.haven.mall.boundary;

import io.haven.mall.entity.ExchangeMethod;
import io.haven.mall.entity.ListingStatus;
import io.haven.mall.entity.SaleRule;
import java.time.Instant;

/**
 * A listing as the console lists and edits it: its terms, what the member pays per unit at the
 * product's rate ({@code payableFen}), the goods it sells and the live stock of its sub-inventory
 * (the console may show live counts; the cached storefront lists never do).
 */
public record ListingView(
    long id,
    long productId,
    long subInventoryId,
    long goodsId,
    String goodsName,
    String goodsCategory,
    long groupId,
    String groupName,
    String displayName,
    ExchangeMethod exchangeMethod,
    long pointsCost,
    long cashFen,
    long payableFen,
    Long strikethroughFen,
    SaleRule saleRule,
    Instant flashStart,
    Instant flashEnd,
    String intro,
    Integer deliveryDays,
    String description,
    ListingStatus status,
    long available,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** The draft that reproduces this listing: the console's edit form starts from it. */
  public ListingDraft draft() {
    return new ListingDraft(
        displayName, groupId, exchangeMethod, pointsCost, cashFen, strikethroughFen, saleRule, flashStart, flashEnd, intro, deliveryDays, description);
  }
}
