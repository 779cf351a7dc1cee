package io.haven.mall.control;

import io.haven.common.TenantNamedStatement;
import io.haven.inventory.entity.AwardConfig;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.GoodsSource;
import io.haven.inventory.entity.PeriodLimit;
import io.haven.mall.entity.ExchangeMethod;
import io.haven.mall.entity.ListingStatus;
import io.haven.mall.entity.Price;
import io.haven.mall.entity.SaleRule;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Everything a redemption checks before it takes a lock, read in <em>one</em> statement: the
 * listing (status, sale window, price, name), its sub-inventory's terms (online, effective range,
 * category, limits, award — and its version, so that the stock lock can tell whether the terms
 * changed since), the goods (name, source, expiry), the product's points rate and appId, the
 * enterprise's time zone, and the member (left-joined: absent when the id is not a member of
 * this tenant). Plain values, not managed entities: nothing here is dirty-checked or flushed.
 * The stock count read here ({@code availableWhenRead}) only spares a sold-out item the member's
 * writes; the stock lock reads it again and decides. Each entity is constrained to the tenant by
 * the query, so another tenant's listing (or member) is simply not found.
 */
public record RedemptionTerms(
    long listingId,
    long productId,
    ListingStatus status,
    SaleRule saleRule,
    Instant flashStart,
    Instant flashEnd,
    ExchangeMethod exchangeMethod,
    long pointsCost,
    long cashFen,
    String displayName,
    long subInventoryId,
    long subInventoryVersion,
    boolean subInventoryOnline,
    long availableWhenRead,
    Instant effectiveFrom,
    Instant effectiveTo,
    GoodsCategory category,
    PeriodLimit perUser,
    PeriodLimit perDevice,
    AwardConfig award,
    long goodsId,
    String goodsName,
    GoodsSource goodsSource,
    Instant goodsExpiresAt,
    int pointsRate,
    String appId,
    String timeZone,
    Long memberId,
    Long memberProductId,
    String memberPhone,
    String memberExternalId) {

  /**
   * The terms, or empty when the listing is not this tenant's. Every entity is constrained to the
   * tenant by the query itself, so it runs as a {@link TenantNamedStatement} (its plan cached).
   */
  public static Optional<RedemptionTerms> read(EntityManager em, long tenantId, long listingId, long memberId) {
    return TenantNamedStatement.run(
        em,
        () ->
            em.createQuery(
                    "select new io.haven.mall.control.RedemptionTerms("
                        + " l.id, l.productId, l.status, l.saleRule, l.flashStart, l.flashEnd, l.exchangeMethod, l.pointsCost, l.cashFen, l.displayName,"
                        + " s.id, s.version, s.online, s.available, s.effectiveFrom, s.effectiveTo, s.category, s.perUser, s.perDevice, s.award,"
                        + " g.id, g.name, g.source, g.expiresAt, p.pointsRate, p.appId, e.timeZone,"
                        + " m.id, m.productId, m.phone, m.externalId)"
                        + " from Listing l join SubInventory s on s.id = l.subInventoryId and s.tenantId = :tenant"
                        + " join Goods g on g.id = s.goodsId and g.tenantId = :tenant"
                        + " join Product p on p.id = l.productId and p.tenantId = :tenant join Enterprise e on e.id = p.tenantId"
                        + " left join Member m on m.id = :member and m.tenantId = :tenant"
                        + " where l.id = :listing and l.tenantId = :tenant",
                    RedemptionTerms.class)
                .setParameter("listing", listingId)
                .setParameter("member", memberId)
                .setParameter("tenant", tenantId)
                .getResultList()
                .stream()
                .findFirst());
  }

  public Price price() {
    return new Price(exchangeMethod, pointsCost, cashFen);
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public boolean isMemberOf(long product) {
    return memberId != null && memberProductId != null && memberProductId == product;
  }

  /** The member's account as operators search it: phone, else the enterprise's member id. */
  public String memberAccount() {
    return memberPhone != null ? memberPhone : memberExternalId != null ? memberExternalId : String.valueOf(memberId);
  }

  public boolean flashSaleNotStarted(Instant now) {
    return saleRule == SaleRule.FLASH_SALE && now.isBefore(flashStart);
  }

  public boolean flashSaleEnded(Instant now) {
    return saleRule == SaleRule.FLASH_SALE && !now.isBefore(flashEnd);
  }

  public boolean goodsExpiredAt(Instant at) {
    return goodsExpiresAt != null && !at.isBefore(goodsExpiresAt);
  }
}
