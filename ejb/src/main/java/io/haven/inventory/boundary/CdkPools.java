package io.haven.inventory.boundary;

import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.TenantContext;
import io.haven.inventory.entity.CdkCode;
import io.haven.inventory.entity.Goods;
import io.haven.inventory.entity.GoodsCategory;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The CDK pool of one goods as the console shows it (issue 10): how many codes were uploaded,
 * handed out and are left, and who got which code — the order number it went to. Codes leave the
 * server masked, as in the redemption records; only the last four characters are shown.
 */
@Stateless
public class CdkPools {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** One code of the pool: masked, when it came, and the order it went to (null while unused). */
  public record PoolCode(long id, String maskedCode, Instant uploadedAt, String handedOutTo, Instant handedOutAt) {}

  /**
   * The pool's counts and one page of its codes: those handed out first (the latest first), then
   * the unused ones in upload order; {@code unusedOnly} lists only those left.
   */
  public record PoolView(long goodsId, String goodsName, long total, long handedOut, long left, Page<PoolCode> codes) {}

  public PoolView pool(long goodsId, boolean unusedOnly, int first, int size) {
    tenant.tenantId();
    Goods goods = em.find(Goods.class, goodsId);
    if (goods == null || goods.getCategory() != GoodsCategory.CDK) {
      throw new NotFound("CDK goods", goodsId);
    }
    Object[] counts =
        em.createQuery(
                "select count(c), coalesce(sum(case when c.handedOutAt is null then 0 else 1 end), 0) from CdkCode c where c.goodsId = :g",
                Object[].class)
            .setParameter("g", goodsId)
            .getSingleResult();
    long total = ((Number) counts[0]).longValue();
    long handedOut = ((Number) counts[1]).longValue();
    String which = unusedOnly ? " and c.handedOutAt is null" : "";
    var rows =
        em.createQuery("select c from CdkCode c where c.goodsId = :g" + which + " order by case when c.handedOutAt is null then 1 else 0 end, c.handedOutAt desc, c.id", CdkCode.class)
            .setParameter("g", goodsId)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(size, ListQuery.MAX_PAGE)))
            .getResultList();
    Page<PoolCode> codes = new Page<>(rows.stream().map(CdkPools::row).toList(), unusedOnly ? total - handedOut : total);
    return new PoolView(goodsId, goods.getName(), total, handedOut, total - handedOut, codes);
  }

  private static PoolCode row(CdkCode c) {
    return new PoolCode(c.getId(), CdkCode.masked(c.getCode()), c.getUploadedAt(), c.getHandedOutReference(), c.getHandedOutAt());
  }
}
