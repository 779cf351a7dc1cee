package io.haven.mall.boundary;

import io.haven.mall.entity.ExchangeMethod;
import io.haven.mall.entity.SaleRule;
import java.time.Instant;

/** The storefront's goods detail page of an online listing (M3). */
public record GoodsDetail(
    long listingId,
    long goodsId,
    String name,
    String intro,
    String description,
    String redemptionInstructions,
    String category,
    ExchangeMethod exchangeMethod,
    long points,
    long cashFen,
    long payableFen,
    Long strikethroughFen,
    SaleRule saleRule,
    Instant flashStart,
    Instant flashEnd,
    Integer deliveryDays,
    Instant effectiveFrom,
    Instant effectiveTo,
    boolean soldOut) {}
