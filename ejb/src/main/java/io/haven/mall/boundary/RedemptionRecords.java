package io.haven.mall.boundary;

import io.haven.common.CsvSheet;
import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.mall.control.RedemptionSettlement;
import io.haven.mall.entity.RedPacket;
import io.haven.mall.entity.Redemption;
import io.haven.mall.entity.RedemptionStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Redemption records for the console (M4): filter and page, the detail with the shipping address,
 * ship physical goods, and the CSV export of all or the filtered records. The export streams: it
 * reads 500 records at a time (keyset by id, the persistence context cleared in between) and
 * writes each page to the caller's stream, so memory stays flat however many there are.
 */
@Stateless
public class RedemptionRecords {

  static final int EXPORT_PAGE = 500;

  private static final List<String> HEADER_ZH =
      List.of("订单号", "会员账号", "商品名称", "商品类别", "商品来源", "数量", "积分", "现金（元）", "设备", "状态", "奖励", "收件人", "收件电话", "收货地址",
          "快递公司", "运单号", "兑换时间", "支付时间", "发货时间");
  private static final List<String> HEADER_EN =
      List.of("Order number", "Member account", "Goods", "Category", "Source", "Quantity", "Points", "Cash (yuan)", "Device", "Status", "Award",
          "Recipient", "Recipient phone", "Address", "Courier", "Tracking number", "Redeemed at", "Paid at", "Shipped at");

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject RedemptionSettlement settlement;

  public Page<RedemptionView> list(RedemptionFilter filter, int first, int size) {
    tenant.tenantId();
    return query(filter).page("r.id desc", first, size, r -> RedemptionView.of(r, redPacketOf(r), null));
  }

  public RedemptionView detail(long redemptionId) {
    Redemption r = load(redemptionId);
    return RedemptionView.of(r, redPacketOf(r), null);
  }

  /** Ships a physical redemption that has its address (AWAITING_SHIPMENT only). */
  public RedemptionView ship(long redemptionId, String courier, String trackingNumber) {
    Redemption r = load(redemptionId);
    if (!r.is(RedemptionStatus.AWAITING_SHIPMENT)) {
      throw MallRuleBroken.notShippable(r.getStatus().name());
    }
    if (courier == null || courier.isBlank() || courier.strip().length() > Redemption.COURIER_MAX) {
      throw new InvalidInput("courier", "mall.ship.courier.invalid", "Courier must be 1 to " + Redemption.COURIER_MAX + " characters");
    }
    if (trackingNumber == null || !trackingNumber.strip().matches("[A-Za-z0-9-]{4," + Redemption.TRACKING_MAX + "}")) {
      throw new InvalidInput("trackingNumber", "mall.ship.tracking.invalid", "Tracking number must be 4 to " + Redemption.TRACKING_MAX + " letters, digits or dashes");
    }
    r.ship(courier.strip(), trackingNumber.strip(), StoredTime.now());
    em.flush();
    return RedemptionView.of(r, null, null);
  }

  /** The export with enum codes as labels; for callers that have no labels of their own. */
  public long export(RedemptionFilter filter, Locale locale, OutputStream out) {
    return export(filter, locale, UnaryOperator.identity(), out);
  }

  /**
   * Writes the filtered records (all with {@link RedemptionFilter#any()}) as CSV to {@code out}
   * in the console's {@link CsvSheet} conventions (byte-order mark, Chinese header unless the
   * locale says otherwise, the enterprise's time zone, cells neutralised against formula
   * injection). Category, source and status are written as the reader's words:
   * {@code labels} turns a key ({@code goods.category.CDK}, {@code goods.source.OWN},
   * {@code records.status.SHIPPED}) into the export language's label. CDK codes are masked as the
   * console shows them: a file passed around must not hand out codes. Returns the number of
   * records written. The caller closes {@code out}.
   */
  public long export(RedemptionFilter filter, Locale locale, UnaryOperator<String> labels, OutputStream out) {
    tenant.tenantId();
    CsvSheet sheet = CsvSheet.start(out, locale, HEADER_ZH, HEADER_EN, settlement.zone());
    long written = 0;
    long after = Long.MAX_VALUE;
    while (true) {
      List<Redemption> page = query(filter).rows("r.id < :after", after, "r.id desc", EXPORT_PAGE);
      for (Redemption r : page) {
        sheet.row(row(r, sheet, labels));
        written++;
        after = r.getId();
      }
      sheet.flush();
      em.clear();
      if (page.size() < EXPORT_PAGE) {
        break;
      }
    }
    return written;
  }

  private List<String> row(Redemption r, CsvSheet sheet, UnaryOperator<String> labels) {
    String award =
        !r.codes().isEmpty() ? String.join(" ", r.codes().stream().map(RedemptionRecords::masked).toList())
            : r.getAwardPoints() != null ? r.getAwardPoints() + " @ " + r.getAwardTargetAppId()
            : r.getAwardLink() != null ? r.getAwardLink() : "";
    return List.of(
        r.getOrderNumber(), r.getMemberAccount(), r.getGoodsName(), label(labels, "goods.category.", r.getGoodsCategory()),
        label(labels, "goods.source.", r.getGoodsSource()), String.valueOf(r.getQuantity()), String.valueOf(r.getPoints()),
        yuan(r.getCashFen()), nz(r.getDeviceId()), label(labels, "records.status.", r.getStatus().name()), award, nz(r.getRecipient()),
        nz(r.getRecipientPhone()), nz(r.getAddress()), nz(r.getCourier()), nz(r.getTrackingNumber()), sheet.time(r.getCreatedAt()),
        sheet.time(r.getPaidAt()), sheet.time(r.getShippedAt()));
  }

  /** The label of {@code prefix + code}, or the code itself where there is none. */
  private static String label(UnaryOperator<String> labels, String prefix, String code) {
    if (code == null) {
      return "";
    }
    String text = labels.apply(prefix + code);
    return text == null || text.equals(prefix + code) ? code : text;
  }

  /**
   * A CDK code as the console shows it before "show" and as the export writes it: all but its
   * last four characters hidden (a code of four or fewer is shown, as there is nothing to keep).
   */
  public static String masked(String code) {
    return io.haven.inventory.entity.CdkCode.masked(code);
  }

  /** Fen as yuan with two decimals, exactly (no floating point). */
  static String yuan(long fen) {
    return (fen / 100) + "." + String.format("%02d", fen % 100);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private Filtered query(RedemptionFilter filter) {
    RedemptionFilter f = filter == null ? RedemptionFilter.any() : filter;
    return new Filtered(f);
  }

  /** The filter's conditions, for both the paged list and the keyset export. */
  private final class Filtered {
    private final RedemptionFilter f;

    Filtered(RedemptionFilter f) {
      this.f = f;
    }

    <V> Page<V> page(String order, int first, int size, java.util.function.Function<Redemption, V> view) {
      return apply(ListQuery.of(em, Redemption.class, "r")).page(order, first, size, view);
    }

    List<Redemption> rows(String keyset, long after, String order, int size) {
      StringBuilder jpql = new StringBuilder("select r from Redemption r where ").append(keyset);
      java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
      params.put("after", after);
      condition(jpql, params, blank(f.orderNumber()) ? null : f.orderNumber().strip(), "r.orderNumber = :o", "o");
      condition(jpql, params, blank(f.memberAccount()) ? null : "%" + f.memberAccount().strip().toLowerCase(Locale.ROOT) + "%", "lower(r.memberAccount) like :a", "a");
      condition(jpql, params, blank(f.goodsSource()) ? null : f.goodsSource().strip(), "r.goodsSource = :src", "src");
      condition(jpql, params, f.from(), "r.createdAt >= :from", "from");
      condition(jpql, params, f.to(), "r.createdAt < :to", "to");
      condition(jpql, params, f.productId(), "r.productId = :p", "p");
      condition(jpql, params, f.status(), "r.status = :st", "st");
      var query = em.createQuery(jpql.append(" order by ").append(order).toString(), Redemption.class).setMaxResults(size);
      params.forEach(query::setParameter);
      return query.getResultList();
    }

    private ListQuery<Redemption> apply(ListQuery<Redemption> q) {
      return q.when(f.orderNumber(), "r.orderNumber = :o", "o")
          .contains(f.memberAccount(), "lower(r.memberAccount) like :a", "a")
          .when(f.goodsSource(), "r.goodsSource = :src", "src")
          .when(f.from(), "r.createdAt >= :from", "from")
          .when(f.to(), "r.createdAt < :to", "to")
          .when(f.productId(), "r.productId = :p", "p")
          .when(f.status(), "r.status = :st", "st");
    }

    private void condition(StringBuilder jpql, java.util.Map<String, Object> params, Object value, String condition, String name) {
      if (value != null) {
        jpql.append(" and (").append(condition).append(')');
        params.put(name, value);
      }
    }

    private boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }

  private Redemption load(long redemptionId) {
    tenant.tenantId();
    Redemption r = em.find(Redemption.class, redemptionId);
    if (r == null) {
      throw new NotFound("Redemption", redemptionId);
    }
    return r;
  }

  private RedPacket redPacketOf(Redemption r) {
    if (!"CASH_RED_PACKET".equals(r.getGoodsCategory())) {
      return null;
    }
    return em.createQuery("select p from RedPacket p where p.redemptionId = :r", RedPacket.class)
        .setParameter("r", r.getId())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
