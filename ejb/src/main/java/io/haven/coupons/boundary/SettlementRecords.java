package io.haven.coupons.boundary;

import io.haven.common.CsvSheet;
import io.haven.common.ListQuery;
import io.haven.common.Page;
import io.haven.common.TenantContext;
import io.haven.coupons.entity.CouponVerification;
import io.haven.tenancy.entity.Enterprise;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Settlement records (C5): the verifications, filtered by time ({@code from} inclusive, {@code to}
 * exclusive) and coupon name, newest first; the CSV in the mall's conventions ({@link CsvSheet}).
 */
@Stateless
public class SettlementRecords {

  static final int EXPORT_PAGE = ListQuery.MAX_PAGE;

  private static final List<String> HEADER_ZH = List.of("订单号", "优惠券ID", "优惠券名称", "类型", "核销员ID", "门店", "门店ID", "核销时间");
  private static final List<String> HEADER_EN =
      List.of("Order number", "Coupon id", "Coupon name", "Type", "Verifier id", "Store", "Store id", "Verified at");

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  public Page<SettlementRecord> list(Instant from, Instant to, String couponName, int first, int size) {
    tenant.tenantId();
    return query(from, to, couponName).page("v.id desc", first, size, SettlementRecord::of);
  }

  /**
   * Writes the filtered records as CSV; {@code labels} turns a type key ({@code coupon.type.DISCOUNT})
   * into the reader's word. Returns the number written; the caller closes {@code out}.
   */
  public long export(Instant from, Instant to, String couponName, Locale locale, UnaryOperator<String> labels, OutputStream out) {
    long tenantId = tenant.tenantId();
    Enterprise enterprise = em.find(Enterprise.class, tenantId);
    CsvSheet sheet = CsvSheet.start(out, locale, HEADER_ZH, HEADER_EN, ZoneId.of(enterprise.getTimeZone()));
    long written = 0;
    int first = 0;
    while (true) {
      List<SettlementRecord> page = query(from, to, couponName).page("v.id desc", first, EXPORT_PAGE, SettlementRecord::of).items();
      for (SettlementRecord r : page) {
        sheet.row(List.of(r.orderNumber(), String.valueOf(r.couponId()), r.couponName(), labels.apply("coupon.type." + r.couponType().name()),
            String.valueOf(r.verifierUserId()), r.storeName(), String.valueOf(r.storeId()), sheet.time(r.verifiedAt())));
        written++;
      }
      sheet.flush();
      em.clear();
      if (page.size() < EXPORT_PAGE) {
        break;
      }
      first += EXPORT_PAGE;
    }
    return written;
  }

  private ListQuery<CouponVerification> query(Instant from, Instant to, String couponName) {
    return ListQuery.of(em, CouponVerification.class, "v")
        .when(from, "v.verifiedAt >= :from", "from")
        .when(to, "v.verifiedAt < :to", "to")
        .contains(couponName, "lower(v.couponName) like :q", "q");
  }
}
