package io.haven.activities.boundary;

import io.haven.activities.entity.Play;
import io.haven.activities.entity.PlayStatus;
import io.haven.common.CsvSheet;
import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.tenancy.entity.Enterprise;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Play and winner records for the console (A4): filter and page, the detail, ship a physical
 * prize (courier, tracking number), and the CSV of all or the filtered records in the console's
 * {@link CsvSheet} conventions. Like the mall's redemption records the export streams 500 records
 * at a time (keyset by id, the persistence context cleared in between). Activity titles and member
 * accounts of a page are read in one query each, not per row.
 */
@Stateless
public class ActivityRecords {

  static final int EXPORT_PAGE = 500;

  private static final List<String> HEADER_ZH =
      List.of("记录号", "活动", "会员账号", "第几次", "抽取号码", "中奖", "奖品", "奖品类别", "状态", "奖励", "免费", "消耗积分", "设备", "参与时间", "收件人",
          "收件电话", "收货地址", "快递公司", "运单号", "发货时间");
  private static final List<String> HEADER_EN =
      List.of("Record", "Activity", "Member account", "Play number", "Number drawn", "Won", "Prize", "Category", "Status", "Award", "Free", "Points paid",
          "Device", "Played at", "Recipient", "Recipient phone", "Address", "Courier", "Tracking number", "Shipped at");

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  public Page<PlayRecord> list(PlayFilter filter, int first, int size) {
    tenant.tenantId();
    Where w = where(filter);
    TypedQuery<Play> rows = em.createQuery("select p from Play p" + w.jpql + " order by p.id desc", Play.class);
    TypedQuery<Long> count = em.createQuery("select count(p) from Play p" + w.jpql, Long.class);
    w.params.forEach((k, v) -> {
      rows.setParameter(k, v);
      count.setParameter(k, v);
    });
    List<Play> plays = rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, ListQuery.MAX_PAGE))).getResultList();
    return new Page<>(records(plays), count.getSingleResult());
  }

  public PlayRecord detail(long playId) {
    return records(List.of(load(playId))).get(0);
  }

  /** Ships a physical prize whose winner has given the address (AWAITING_SHIPMENT only). */
  public PlayRecord ship(long playId, String courier, String trackingNumber) {
    Play p = load(playId);
    if (p.getStatus() != PlayStatus.AWAITING_SHIPMENT) {
      throw ActivityRuleBroken.notShippable(p.getStatus().name());
    }
    if (courier == null || courier.isBlank() || courier.strip().length() > Play.COURIER_MAX) {
      throw new InvalidInput("courier", "mall.ship.courier.invalid", "Courier must be 1 to " + Play.COURIER_MAX + " characters");
    }
    if (trackingNumber == null || !trackingNumber.strip().matches("[A-Za-z0-9-]{4," + Play.TRACKING_MAX + "}")) {
      throw new InvalidInput("trackingNumber", "mall.ship.tracking.invalid", "Tracking number must be 4 to " + Play.TRACKING_MAX + " letters, digits or dashes");
    }
    p.ship(courier.strip(), trackingNumber.strip(), StoredTime.now());
    em.flush();
    return records(List.of(p)).get(0);
  }

  /** Writes the filtered records (all with {@link PlayFilter#any()}) as CSV; answers how many. The caller closes {@code out}. */
  public long export(PlayFilter filter, Locale locale, OutputStream out) {
    long tenantId = tenant.tenantId();
    ZoneId zone = ZoneId.of(em.find(Enterprise.class, tenantId).getTimeZone());
    boolean chinese = CsvSheet.chinese(locale);
    CsvSheet sheet = CsvSheet.start(out, locale, HEADER_ZH, HEADER_EN, zone);
    Where w = where(filter);
    String keyset = (w.jpql.isEmpty() ? " where " : w.jpql + " and ") + "p.id < :after";
    long written = 0;
    long after = Long.MAX_VALUE;
    while (true) {
      TypedQuery<Play> q = em.createQuery("select p from Play p" + keyset + " order by p.id desc", Play.class).setMaxResults(EXPORT_PAGE);
      w.params.forEach(q::setParameter);
      List<Play> page = q.setParameter("after", after).getResultList();
      for (PlayRecord r : records(page)) {
        sheet.row(row(r, sheet, chinese));
        written++;
        after = r.id();
      }
      sheet.flush();
      em.clear();
      if (page.size() < EXPORT_PAGE) {
        return written;
      }
    }
  }

  private static List<String> row(PlayRecord r, CsvSheet sheet, boolean chinese) {
    String award = r.awardCode() != null ? r.awardCode() : r.awardPoints() != null ? String.valueOf(r.awardPoints()) : CsvSheet.text(r.awardLink());
    String yes = chinese ? "是" : "yes";
    String no = chinese ? "否" : "no";
    return List.of(
        String.valueOf(r.id()), r.activityTitle(), r.memberAccount(), String.valueOf(r.playNumber()), String.valueOf(r.drawNumber()), r.won() ? yes : no,
        CsvSheet.text(r.prizeName()), CsvSheet.text(r.category()), r.status(), award, r.freePlay() ? yes : no, String.valueOf(r.pointsPaid()),
        CsvSheet.text(r.deviceId()), sheet.time(r.playedAt()), CsvSheet.text(r.recipient()), CsvSheet.text(r.recipientPhone()), CsvSheet.text(r.address()),
        CsvSheet.text(r.courier()), CsvSheet.text(r.trackingNumber()), sheet.time(r.shippedAt()));
  }

  /** The page's plays with their activities' titles and members' accounts, two queries for the whole page. */
  private List<PlayRecord> records(List<Play> plays) {
    if (plays.isEmpty()) {
      return List.of();
    }
    Map<Long, String> titles = new HashMap<>();
    em.createQuery("select a.id, a.title from Activity a where a.id in :ids", Object[].class)
        .setParameter("ids", plays.stream().map(Play::getActivityId).distinct().toList())
        .getResultList()
        .forEach(row -> titles.put((Long) row[0], (String) row[1]));
    Map<Long, String> accounts = accounts(plays.stream().map(Play::getMemberId).distinct().toList());
    return plays.stream()
        .map(p -> PlayRecord.of(p, titles.getOrDefault(p.getActivityId(), ""), accounts.getOrDefault(p.getMemberId(), String.valueOf(p.getMemberId()))))
        .toList();
  }

  /** Members' accounts as operators search them: the phone, else the enterprise's member id. */
  private Map<Long, String> accounts(Collection<Long> memberIds) {
    Map<Long, String> accounts = new HashMap<>();
    em.createQuery("select m.id, m.phone, m.externalId from Member m where m.id in :ids", Object[].class)
        .setParameter("ids", memberIds)
        .getResultList()
        .forEach(row -> accounts.put((Long) row[0], row[1] != null ? (String) row[1] : row[2] != null ? (String) row[2] : String.valueOf(row[0])));
    return accounts;
  }

  private Play load(long playId) {
    tenant.tenantId();
    Play p = em.find(Play.class, playId);
    if (p == null) {
      throw new NotFound("Play", playId);
    }
    return p;
  }

  private record Where(String jpql, Map<String, Object> params) {}

  /** The filter's conditions, bound never concatenated, for the list, its count and the export. */
  private static Where where(PlayFilter filter) {
    PlayFilter f = filter == null ? PlayFilter.any() : filter;
    StringBuilder jpql = new StringBuilder();
    Map<String, Object> params = new LinkedHashMap<>();
    condition(jpql, params, f.activityId(), "p.activityId = :a", "a");
    condition(jpql, params, f.productId(), "p.productId = :pr", "pr");
    String account = f.memberAccount() == null || f.memberAccount().isBlank() ? null : "%" + f.memberAccount().strip().toLowerCase(Locale.ROOT) + "%";
    condition(jpql, params, account,
        "p.memberId in (select m.id from Member m where lower(m.phone) like :acc or lower(m.externalId) like :acc)", "acc");
    condition(jpql, params, f.status(), "p.status = :st", "st");
    condition(jpql, params, f.from(), "p.playedAt >= :from", "from");
    condition(jpql, params, f.to(), "p.playedAt < :to", "to");
    if (f.winsOnly()) {
      jpql.append(jpql.length() == 0 ? " where " : " and ").append("(p.prizeId is not null)");
    }
    return new Where(jpql.toString(), params);
  }

  private static void condition(StringBuilder jpql, Map<String, Object> params, Object value, String condition, String name) {
    if (value != null) {
      jpql.append(jpql.length() == 0 ? " where " : " and ").append('(').append(condition).append(')');
      params.put(name, value);
    }
  }
}
