package io.haven.mall.boundary;

import io.haven.mall.entity.ExchangeMethod;
import io.haven.mall.entity.SaleRule;
import java.time.Instant;

/**
 * One goods card of a storefront goods list (M3), immutable and cacheable: no live stock count,
 * only {@code soldOut} (a sell-out invalidates the cached page). {@code payableFen} is the cash
 * per unit after the points offset; {@code goodsId} names the goods whose cover image to show.
 */
public record GoodsCard(
    long listingId,
    long goodsId,
    String name,
    String intro,
    String category,
    ExchangeMethod exchangeMethod,
    long points,
    long payableFen,
    Long strikethroughFen,
    SaleRule saleRule,
    Instant flashStart,
    Instant flashEnd,
    boolean soldOut) {}
