package io.haven.mall.boundary;

import io.haven.mall.entity.ExchangeMethod;
import io.haven.mall.entity.SaleRule;
import java.time.Instant;

/**
 * What an operator fills in for a listing (M2). {@code groupId} null puts it in the product's
 * default group; {@code strikethroughFen}, {@code flashStart}/{@code flashEnd} (only with
 * FLASH_SALE), {@code intro}, {@code deliveryDays} and {@code description} are optional. For
 * PURE_POINTS {@code cashFen} must be 0.
 */
public record ListingDraft(
    String displayName,
    Long groupId,
    ExchangeMethod exchangeMethod,
    long pointsCost,
    long cashFen,
    Long strikethroughFen,
    SaleRule saleRule,
    Instant flashStart,
    Instant flashEnd,
    String intro,
    Integer deliveryDays,
    String description) {}
